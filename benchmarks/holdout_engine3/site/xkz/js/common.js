(function () {
  var el = document.getElementById('date');
  if (el) { var d = new Date(); el.innerHTML = d.getFullYear() + '年' + (d.getMonth() + 1) + '月' + d.getDate() + '日'; }
})();
