function CheckSearch(){return true;}
window.onload=function(){var p=document.getElementById('notice_pop');if(p){p.style.display='block';}};
