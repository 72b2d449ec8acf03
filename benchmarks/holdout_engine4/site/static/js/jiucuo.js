/* 政府网站找错 */
(function () {
  var s = document.getElementById('_jiucuo_');
  var code = s ? s.getAttribute('sitecode') : '';
  document.write('<a href="javascript:void(0)" onclick="window.open(\'about:blank\')" title="我为政府网站找错 ' + code + '">' +
                 '<img src="/static/images/jiucuo.png" alt="政府网站找错" width="110" height="55"></a>');
})();
