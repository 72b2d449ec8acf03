(function(){
  var box = document.getElementById('wzList');
  var url = box.getAttribute('data-src');
  var xhr = new XMLHttpRequest();
  xhr.open('GET', url, true);
  xhr.onreadystatechange = function(){
    if (xhr.readyState !== 4) return;
    if (xhr.status !== 200) { box.innerHTML = '<p class="empty">数据加载失败，请刷新重试</p>'; return; }
    var res = JSON.parse(xhr.responseText);
    var html = '';
    for (var i = 0; i < res.data.rows.length; i++) {
      var r = res.data.rows[i];
      html += '<a class="wz-item" href="' + r.url + '">'
        + '<div class="wz-title"><span class="tag ' + (r.status === 1 ? 'done' : 'todo') + '">' + r.statusName + '</span>' + r.title + '</div>'
        + '<div class="wz-meta"><span class="wz-no">编号：' + r.code + '</span><span class="wz-time">' + r.createDate + '</span></div>'
        + '</a>';
    }
    box.innerHTML = html;
  };
  setTimeout(function(){ xhr.send(); }, 300);
})();
