/* 图片懒加载：页面加载后把 data-src 换到 src */
(function () {
  function swap() {
    var imgs = document.querySelectorAll('img[data-src]');
    for (var i = 0; i < imgs.length; i++) {
      imgs[i].setAttribute('src', imgs[i].getAttribute('data-src'));
      imgs[i].removeAttribute('data-src');
    }
  }
  if (document.readyState === 'complete') { setTimeout(swap, 150); }
  else { window.addEventListener('load', function () { setTimeout(swap, 150); }); }
})();
