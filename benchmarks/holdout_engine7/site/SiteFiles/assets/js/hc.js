function tab(el,n){var p=el.parentNode.parentNode;var c=p.querySelectorAll('.tab-con');
for(var i=0;i<c.length;i++){c[i].style.display=i==n?'':'none';}}
function doZoom(s){var z=document.getElementById('zoom');if(z)z.style.fontSize=s+'px';}
function addFav(){alert('请按 Ctrl+D 收藏本站');}
window.addEventListener('load',function(){var l=document.querySelectorAll('img.lazy');for(var i=0;i<l.length;i++){l[i].src=l[i].getAttribute('data-original');}
var f=document.getElementById('floatWin');if(f){var x=0,y=160,dx=1,dy=1;setInterval(function(){x+=dx;y+=dy;if(x<0||x>window.innerWidth-230)dx=-dx;if(y<0||y>window.innerHeight-130)dy=-dy;f.style.left=x+'px';f.style.top=(y+window.scrollY)+'px';},30);}
var t=document.getElementById('today');if(t){var d=new Date();t.innerHTML='今天是'+d.getFullYear()+'年'+(d.getMonth()+1)+'月'+d.getDate()+'日';}});
