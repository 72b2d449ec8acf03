(function () {
  var el = document.getElementById('today');
  if (el) {
    var d = new Date(), w = '日一二三四五六';
    el.innerHTML = '今天是：' + d.getFullYear() + '年' + (d.getMonth() + 1) + '月' + d.getDate() + '日 星期' + w.charAt(d.getDay());
  }
  var ext = document.getElementById('lk-city');
  if (ext) { ext.setAttribute('href', 'http://localhost:' + location.port + '/wz/'); }
})();
