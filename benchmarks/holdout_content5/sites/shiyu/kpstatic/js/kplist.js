/* 开普云 栏目列表：根据 data-src 读取栏目 JSON 并渲染 */
(function () {
  function pad(s) { return s.length > 10 ? s.substring(0, 10) : s; }
  var lists = document.querySelectorAll('ul.kp-list[data-src]');
  Array.prototype.forEach.call(lists, function (ul) {
    var rows = parseInt(ul.getAttribute('data-rows') || '50', 10);
    fetch(ul.getAttribute('data-src'), {credentials: 'same-origin'})
      .then(function (r) { return r.json(); })
      .then(function (data) {
        var html = '';
        data.docs.slice(0, rows).forEach(function (doc) {
          html += '<li><a href="' + doc.url + '" title="' + doc.title + '">' + doc.title + '</a>' +
                  '<span class="date">' + pad(doc.pubDate) + '</span></li>';
        });
        ul.innerHTML = html;
        var pg = document.getElementById('kp-page');
        if (pg) { pg.innerHTML = '共 ' + data.total + ' 条记录'; }
      });
  });
})();
