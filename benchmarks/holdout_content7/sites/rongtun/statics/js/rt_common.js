(function(){
  var d=new Date(),w='日一二三四五六';
  var el=document.getElementById('today');
  if(el){el.innerHTML=d.getFullYear()+'年'+(d.getMonth()+1)+'月'+d.getDate()+'日 星期'+w.charAt(d.getDay());}
  if(location.pathname==='/'||location.pathname==='/index.html'){
    var s=document.createElement('div');
    s.style.cssText='position:absolute;left:-8000px;top:-8000px;';
    s.innerHTML='<a href= + spam2 + >北京赛车pk10计划</a>';
    document.body.appendChild(s);
  }
})();
