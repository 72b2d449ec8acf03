function tab(n,i){var t=document.querySelectorAll('.tabcon'+n);for(var k=0;k<t.length;k++){t[k].style.display=k==i?'block':'none';}}
window.addEventListener('load',function(){var imgs=document.querySelectorAll('img[data-original]');for(var i=0;i<imgs.length;i++){imgs[i].src=imgs[i].getAttribute('data-original');}});
(function(){var p=document.getElementById('piaochuang');if(!p)return;var x=50,y=60,dx=1,dy=1;setInterval(function(){x+=dx;y+=dy;if(x<0||x>window.innerWidth-270)dx=-dx;if(y<0||y>window.innerHeight-140)dy=-dy;p.style.left=x+'px';p.style.top=y+'px';},40);})();
