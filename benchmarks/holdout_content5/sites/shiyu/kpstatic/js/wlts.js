/* 外链提示：访问非政府网站前提示用户即将离开本站 */
document.addEventListener('click', function (e) {
  var a = e.target;
  while (a && a.tagName !== 'A') { a = a.parentNode; }
  if (!a || !a.href || a.protocol.indexOf('http') !== 0) { return; }
  var h = a.hostname;
  if (h === location.hostname || /(^|\.)gov\.cn$/.test(h)) { return; }
  if (!window.confirm('您访问的链接即将离开“石峪县人民政府”门户网站，是否继续？')) { e.preventDefault(); }
}, true);
