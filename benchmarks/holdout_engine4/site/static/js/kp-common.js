/* kp-common.js: 沂泉县人民政府门户 公共脚本 */
(function ($) {
  var WEEK = '日一二三四五六';
  $(function () {
    var now = new Date();
    $('#kpToday').text('今天是：' + now.getFullYear() + '年' + (now.getMonth() + 1) + '月' + now.getDate() + '日　星期' + WEEK.charAt(now.getDay()));
    $('.nav-list .nav-item').hover(function () {
      $(this).addClass('hover').children('.nav-drop').stop(true, true).slideDown(150);
    }, function () {
      $(this).removeClass('hover').children('.nav-drop').stop(true, true).slideUp(100);
    });
    /* 外部链接：由统一的链接服务配置地址 */
    $('a.kp-ext').each(function () {
      this.href = location.protocol + '//localhost:' + location.port + $(this).attr('data-path');
    });
    $('.kp-tabs').each(function () {
      var box = $(this);
      box.find('.tab-hd li[data-more]').mouseenter(function () {
        var i = $(this).index();
        $(this).addClass('on').siblings().removeClass('on');
        box.find('.tab-bd > ul').hide().eq(i).show();
      });
    });
    var slider = $('#idxSlider'), cur = 0;
    if (slider.length) {
      var items = slider.find('li'), dots = slider.find('.dots span');
      var show = function (i) { items.removeClass('on').eq(i).addClass('on'); dots.removeClass('on').eq(i).addClass('on'); cur = i; };
      dots.click(function () { show($(this).index()); });
      setInterval(function () { show((cur + 1) % items.length); }, 5000);
    }
    /* 图片懒加载 */
    var lazy = $('img.lazy').toArray();
    var load = function (img) { img.src = img.getAttribute('data-original'); $(img).removeClass('lazy'); };
    if ('IntersectionObserver' in window) {
      var io = new IntersectionObserver(function (entries) {
        entries.forEach(function (e) { if (e.isIntersecting) { load(e.target); io.unobserve(e.target); } });
      }, { rootMargin: '200px 0px' });
      lazy.forEach(function (img) { io.observe(img); });
    } else {
      lazy.forEach(load);
    }
  });
  window.doZoom = function (size) { $('#zoom').css('font-size', size + 'px').find('p').css('font-size', size + 'px'); };
})(jQuery);
