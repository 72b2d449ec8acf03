/* 分页: createPage(总页数, 当前页, 文件名前缀, 扩展名) */
function createPage(total, cur, prefix, ext) {
  var box = document.getElementById('pageBar');
  if (!box) { return; }
  function name(i) { return i === 1 ? prefix + '.' + ext : prefix + '_' + i + '.' + ext; }
  var h = '<span>共' + total + '页</span>';
  h += cur > 1 ? '<a href=\'' + name(1) + '\'>首页</a><a href=\'' + name(cur - 1) + '\'>上一页</a>' : '<span>首页</span><span>上一页</span>';
  for (var i = 1; i <= total; i++) {
    h += i === cur ? '<span class=\'cur\'>' + i + '</span>' : '<a href=\'' + name(i) + '\'>' + i + '</a>';
  }
  h += cur < total ? '<a href=\'' + name(cur + 1) + '\'>下一页</a><a href=\'' + name(total) + '\'>尾页</a>' : '<span>下一页</span><span>尾页</span>';
  box.innerHTML = h;
}
