/* 局长信箱列表 v2.3 */
(function () {
  function param(name) {
    var m = new RegExp('[?&]' + name + '=(\\d+)').exec(window.location.search);
    return m ? parseInt(m[1], 10) : 1;
  }
  function cn(s) {
    if (!s) { return '—'; }
    var p = s.split(' ')[0].split('-');
    return p[0] + '年' + parseInt(p[1], 10) + '月' + parseInt(p[2], 10) + '日';
  }
  var page = param('page');
  var box = document.getElementById('xjList');
  var pager = document.getElementById('xjPager');
  box.innerHTML = '<p class="loading">正在加载……</p>';
  fetch('data/list_' + page + '.json', {cache: 'no-store'})
    .then(function (r) { return r.json(); })
    .then(function (d) {
      var html = '';
      d.rows.forEach(function (row) {
        html += '<dl class="xj-item">'
          + '<dt><a href="' + row.url + '" target="_blank">' + row.title + '</a><em class="zt zt' + row.zt + '">' + row.ztmc + '</em></dt>'
          + '<dd><label>提交时间：</label><span>' + cn(row.tjsj) + '</span></dd>'
          + '<dd><label>办理时间：</label><span>' + cn(row.blsj) + '</span></dd>'
          + '</dl>';
      });
      box.innerHTML = html;
      var pg = '<span>共' + d.total + '封</span>';
      if (page > 1) { pg += '<a href="?page=' + (page - 1) + '">上一页</a>'; }
      for (var i = 1; i <= d.pageCount; i++) {
        pg += (i === page) ? '<b>' + i + '</b>' : '<a href="?page=' + i + '">' + i + '</a>';
      }
      if (page < d.pageCount) { pg += '<a href="?page=' + (page + 1) + '">下一页</a>'; }
      pager.innerHTML = pg;
    })
    .catch(function () { box.innerHTML = '<p class="err">数据加载失败，请稍后刷新。</p>'; });
})();
