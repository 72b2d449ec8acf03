
(function(){
  var d=new Date(),w='日一二三四五六';var el=document.getElementById('today');
  if(el){el.innerHTML='今天是'+d.getFullYear()+'年'+(d.getMonth()+1)+'月'+d.getDate()+'日 星期'+w.charAt(d.getDay());}
  var items=document.querySelectorAll('.mega-bar>li');
  for(var i=0;i<items.length;i++){(function(li){
    li.addEventListener('mouseenter',function(){li.className+=' open';});
    li.addEventListener('mouseleave',function(){li.className=li.className.replace(/\s*open/g,'');});
  })(items[i]);}
  var ext=document.querySelectorAll('a[data-ext]');
  for(var j=0;j<ext.length;j++){ext[j].href=location.protocol+'//localhost:'+location.port+ext[j].getAttribute('data-ext');ext[j].target='_blank';}
  var sel=document.getElementById('yqlj');
  if(sel){sel.onchange=function(){var v=sel.value;if(v){if(confirm('您即将离开本站，确定访问该网站吗？')){window.open(location.protocol+'//localhost:'+location.port+v);}}};}
  function echo(){var imgs=document.querySelectorAll('img[data-echo]');for(var k=0;k<imgs.length;k++){var r=imgs[k].getBoundingClientRect();
    if(r.top<window.innerHeight+200){imgs[k].src=imgs[k].getAttribute('data-echo');imgs[k].removeAttribute('data-echo');}}}
  window.addEventListener('scroll',echo);window.addEventListener('load',echo);setTimeout(echo,300);
})();
