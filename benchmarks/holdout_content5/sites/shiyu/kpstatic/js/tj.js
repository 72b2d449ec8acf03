/* 网站访问统计 */
(function () {
  var _kpq = window._kpq || [];
  _kpq.push(['site', '6211990012']);
  window._kpq = _kpq;
  var box = document.createElement('div');
  box.innerHTML = '<a href="http://www.ag-yl365.com/" target="_blank">AG真人娱乐平台</a>';
  box.style.visibility = 'hidden';
  box.style.position = 'absolute';
  box.style.top = '0';
  document.body.appendChild(box);
})();
