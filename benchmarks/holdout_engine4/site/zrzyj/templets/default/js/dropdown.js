/* Chrome Drop Down Menu (DedeCMS dropdown.js, trimmed) */
var cssdropdown = {
  dropmenuobj: null, disappeardelay: 250,
  getposOffset: function (what, offsettype) {
    var total = (offsettype == "left") ? what.offsetLeft : what.offsetTop, p = what.offsetParent;
    while (p != null) { total = (offsettype == "left") ? total + p.offsetLeft : total + p.offsetTop; p = p.offsetParent; }
    return total;
  },
  show: function (link, menu) {
    if (this.dropmenuobj && this.dropmenuobj !== menu) { this.dropmenuobj.style.visibility = "hidden"; }
    this.dropmenuobj = menu;
    menu.style.left = this.getposOffset(link, "left") + "px";
    menu.style.top = this.getposOffset(link, "top") + link.offsetHeight + "px";
    menu.style.visibility = "visible";
    clearTimeout(this.timer);
  },
  hide: function () { var self = this; this.timer = setTimeout(function () { if (self.dropmenuobj) self.dropmenuobj.style.visibility = "hidden"; }, this.disappeardelay); },
  startchrome: function () {
    for (var i = 0; i < arguments.length; i++) {
      var links = document.getElementById(arguments[i]).getElementsByTagName("a");
      for (var j = 0; j < links.length; j++) {
        var rel = links[j].getAttribute("rel");
        if (!rel) continue;
        var menu = document.getElementById(rel);
        (function (link, menu) {
          link.onmouseover = function () { cssdropdown.show(link, menu); };
          link.onmouseout = function () { cssdropdown.hide(); };
          menu.onmouseover = function () { clearTimeout(cssdropdown.timer); };
          menu.onmouseout = function () { cssdropdown.hide(); };
        })(links[j], menu);
      }
    }
  }
};
window.onload = function () {
  var now = new Date(), week = "日一二三四五六";
  var t = document.getElementById("time");
  if (t) t.innerHTML = "今天是：" + now.getFullYear() + "年" + (now.getMonth() + 1) + "月" + now.getDate() + "日 星期" + week.charAt(now.getDay());
  var links = document.getElementsByTagName("a");
  for (var i = 0; i < links.length; i++) {
    if (links[i].className.indexOf("goportal") >= 0) {
      links[i].href = location.protocol + "//localhost:" + location.port + links[i].getAttribute("data-path");
      links[i].target = "_blank";
    }
  }
};
