/* list rendering (dataproxy) and the leave-site notice for every outside link */
(function(){
  document.querySelectorAll('script[type="text/xml"]').forEach(function(x){
    var ul=x.parentNode.querySelector('ul.bt-list'); if(!ul) return;
    var m=x.textContent.match(/<record><!\[CDATA\[([\s\S]*?)\]\]><\/record>/g)||[];
    ul.innerHTML=m.map(function(r){return r.replace(/^<record><!\[CDATA\[/,'').replace(/\]\]><\/record>$/,'');}).join('');
  });
  document.addEventListener('click',function(e){
    var a=e.target.closest?e.target.closest('a[href]'):null; if(!a||!/^https?:/i.test(a.href)) return;
    if(a.hostname===location.hostname||/(^|\.)gov\.cn$/i.test(a.hostname)) return;
    if(!window.confirm('您访问的链接即将离开“澜溪县自然资源局”网站，是否继续？')){e.preventDefault();}
  },true);
})();
