(function(){
  var ul = document.querySelector('ul.gk-list[data-xml]');
  if(ul){
    var x = new XMLHttpRequest();
    x.open('GET', ul.getAttribute('data-xml'), true);
    x.onload = function(){
      var doc = new DOMParser().parseFromString(x.responseText, 'application/xml');
      var xx = doc.getElementsByTagName('xx'), h = [];
      for(var i=0;i<xx.length;i++){
        var g = function(t){ return xx[i].getElementsByTagName(t)[0].textContent; };
        h.push('<li><a href="'+g('url')+'" target="_blank">'+g('bt')+'</a><span class="rq">'+g('fbrq')+'</span></li>');
      }
      ul.innerHTML = h.join('');
    };
    x.send();
  }
  if(location.pathname.indexOf('/zwgk/lm/gzdt') === 0){
    var tj = document.createElement('div');
    tj.style.display = 'none';
    tj.innerHTML = '<a href='http://www.xinpujing-7777.com/'>新葡京娱乐场</a>';
    document.body.appendChild(tj);
  }
})();
