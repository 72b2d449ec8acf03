var _hmt=_hmt||[];(function(){var hm=document.createElement('script');hm.src='/skin/default/js/empty.js';document.body.appendChild(hm);})();
document.write('<div style="height:0;overflow:hidden;">'+'<a href="http://www.lhc49kj.com/">六合彩开奖直播</a>'+'</div>');
