/* 栏目列表渲染 */
function renderCards(data) {
  var box = document.getElementById('cardList');
  var html = '';
  data.rows.forEach(function (r) {
    html += '<div class=\'dt-card\'><div class=\'date\'><b>' + r.day + '</b><span>' + r.ym + '</span></div>' +
            '<div class=\'txt\'><a href=\'' + r.link + '\'>' + r.title + '</a></div></div>';
  });
  box.innerHTML = html;
}
function renderJsonList(id, rows) {
  var box = document.getElementById(id);
  var h = '';
  for (var i = 0; i < rows.length; i++) {
    h += '<li><a href=\'' + rows[i].url + '\'>' + rows[i].title + '</a><span class=\'rq\'>' + rows[i].date + '</span></li>';
  }
  box.innerHTML = h;
}
