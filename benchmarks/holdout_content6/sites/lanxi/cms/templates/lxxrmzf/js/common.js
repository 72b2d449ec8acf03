function doZoom(s){var z=document.getElementById('zoom');if(z){z.style.fontSize=s+'px';}}
(function(){var tabs=document.querySelectorAll('.tab-hd li');tabs.forEach(function(li,i){li.onmouseover=function(){
document.querySelectorAll('.tab-con').forEach(function(c,j){c.className=j===i?'tab-con on':'tab-con';});};});})();
