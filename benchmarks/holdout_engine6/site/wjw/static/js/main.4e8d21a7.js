/*! dianpu-wjw portal v2.3.1 | bundled */
!function(){'use strict';
var R=document.getElementById('root');if(!R)return;var api=R.getAttribute('data-api');if(!api)return;
function h(t,a,c){var e=document.createElement(t);for(var k in a||{})e.setAttribute(k,a[k]);(c||[]).forEach(function(x){e.appendChild(typeof x==='string'?document.createTextNode(x):x)});return e}
function fmt(s){var m=/^(\d{4})-(\d{2})-(\d{2})/.exec(s);return m?m[1]+'\u5e74'+m[2]+'\u6708'+m[3]+'\u65e5':s}
fetch(api,{headers:{'Accept':'application/json'}}).then(function(r){return r.json()}).then(function(j){
 var box=R.querySelector('.lst-wrap')||R;box.innerHTML='';var d=j&&j.data||{},list=d.list||[];
 if(!list.length){box.appendChild(h('div',{'class':'empty'},['\u6682\u65e0\u6570\u636e']));return}
 var ul=h('ul',{'class':'lst'});list.forEach(function(it){ul.appendChild(h('li',{},[h('a',{href:it.url,title:it.title},[it.title]),h('time',{datetime:it.pubDate.slice(0,10)},[fmt(it.pubDate)])]))});
 box.appendChild(ul);box.appendChild(h('div',{'class':'pager'},['\u5171 '+d.total+' \u6761']));
}).catch(function(){R.innerHTML='<div class="empty">\u52a0\u8f7d\u5931\u8d25</div>'});
}();
