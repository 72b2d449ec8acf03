/* 演示县人民政府网 公共脚本 */
function createPageHTML(_nPageCount, _nCurrIndex, _sPageName, _sPageExt) {
  if (_nPageCount == null || _nPageCount <= 1) { return; }
  var nCurrIndex = _nCurrIndex || 0;
  var name = function (i) { return i == 0 ? _sPageName + "." + _sPageExt : _sPageName + "_" + i + "." + _sPageExt; };
  document.write("共" + _nPageCount + "页&nbsp;&nbsp;");
  if (nCurrIndex == 0) {
    document.write("首页&nbsp;上一页&nbsp;");
  } else {
    document.write("<a href=\"" + name(0) + "\">首页</a>&nbsp;");
    document.write("<a href=\"" + name(nCurrIndex - 1) + "\">上一页</a>&nbsp;");
  }
  for (var i = 0; i < _nPageCount; i++) {
    if (i == nCurrIndex) document.write("<span class=\"cur\">" + (i + 1) + "</span>&nbsp;");
    else document.write("<a href=\"" + name(i) + "\">" + (i + 1) + "</a>&nbsp;");
  }
  if (nCurrIndex == _nPageCount - 1) {
    document.write("下一页&nbsp;尾页");
  } else {
    document.write("<a href=\"" + name(nCurrIndex + 1) + "\">下一页</a>&nbsp;");
    document.write("<a href=\"" + name(_nPageCount - 1) + "\">尾页</a>");
  }
}
function doZoom(size) {
  var el = document.getElementById("zoom");
  if (!el) return;
  var ps = el.getElementsByTagName("p");
  for (var i = 0; i < ps.length; i++) ps[i].style.fontSize = size + "px";
}
function setHome(obj) { try { obj.style.behavior = "url(#default#homepage)"; obj.setHomePage(location.href); } catch (e) { alert("您的浏览器不支持此操作，请手动设置。"); } }
function addFav() { alert("请使用 Ctrl+D 将本页加入收藏夹。"); }
function slideShow(id, ms) {
  var box = document.getElementById(id);
  if (!box) return;
  var items = box.querySelectorAll("ul li"), dots = box.querySelectorAll(".dots span"), cur = 0;
  function show(n) {
    for (var i = 0; i < items.length; i++) { items[i].style.display = i == n ? "" : "none"; dots[i].className = i == n ? "on" : ""; }
    cur = n;
  }
  for (var i = 0; i < dots.length; i++) dots[i].onclick = function () { show(+this.getAttribute("data-i")); };
  setInterval(function () { show((cur + 1) % items.length); }, ms);
}
