(function(){function isGov(h){return /(^|\.)gov\.cn$/i.test(h)||h===location.hostname;}
document.addEventListener('click',function(e){var a=e.target.closest('a[href]');if(!a)return;var u;try{u=new URL(a.href,location.href);}catch(x){return;}
if(/^https?:$/.test(u.protocol)&&!isGov(u.hostname)){if(!window.confirm('您访问的链接即将离开“柘河县人力资源和社会保障局”网站，是否继续？')){e.preventDefault();}}},true);})();
