/* 澧原县人民政府门户网站 公共脚本 */
function createPageHTML(_nPageCount, _nCurrIndex, _sPageName, _sPageExt) {
    if (_nPageCount == null || _nPageCount <= 1) { return; }
    var nCurrIndex = _nCurrIndex || 0;
    var first = _sPageName + "." + _sPageExt;
    function pageUrl(i) { return i == 0 ? first : _sPageName + "_" + i + "." + _sPageExt; }
    document.write("<span class=\"count\">共" + _nPageCount + "页</span>&nbsp;");
    if (nCurrIndex == 0) {
        document.write("<span>首页</span>&nbsp;<span>上一页</span>&nbsp;");
    } else {
        document.write("<a href=\"" + first + "\">首页</a>&nbsp;");
        document.write("<a href=\"" + pageUrl(nCurrIndex - 1) + "\">上一页</a>&nbsp;");
    }
    for (var i = 0; i < _nPageCount; i++) {
        if (i == nCurrIndex) { document.write("<span class=\"cur\">" + (i + 1) + "</span>&nbsp;"); }
        else { document.write("<a href=\"" + pageUrl(i) + "\">" + (i + 1) + "</a>&nbsp;"); }
    }
    if (nCurrIndex == _nPageCount - 1) {
        document.write("<span>下一页</span>&nbsp;<span>尾页</span>");
    } else {
        document.write("<a href=\"" + pageUrl(nCurrIndex + 1) + "\">下一页</a>&nbsp;");
        document.write("<a href=\"" + pageUrl(_nPageCount - 1) + "\">尾页</a>");
    }
}
function doZoom(size) {
    var el = document.getElementById("zoom");
    if (el) { el.style.fontSize = size + "px"; }
}
function switchTab(group, n) {
    var heads = document.querySelectorAll("[data-tab='" + group + "'] .tab_head li");
    var bodies = document.querySelectorAll("[data-tab='" + group + "'] .tab_body");
    for (var i = 0; i < heads.length; i++) {
        heads[i].className = i == n ? "on" : "";
        bodies[i].style.display = i == n ? "block" : "none";
    }
}
function SetHome(obj, url) { try { obj.style.behavior = "url(#default#homepage)"; obj.setHomePage(url); } catch (e) { alert("请使用浏览器菜单设置首页"); } }
function AddFavorite() { alert("请按 Ctrl+D 收藏本站"); }
document.addEventListener("DOMContentLoaded", function () {
    /* 图片延迟加载：data-src -> src */
    var imgs = document.querySelectorAll("img[data-src]");
    for (var i = 0; i < imgs.length; i++) { imgs[i].setAttribute("src", imgs[i].getAttribute("data-src")); }
    /* 焦点图 */
    var box = document.getElementById("focus");
    if (box && window.focusData) {
        var h = "";
        for (var k = 0; k < focusData.length; k++) {
            var d = focusData[k];
            h += "<li" + (k == 0 ? " class=\"on\"" : "") + "><a href=\"" + d.url + "\" target=\"_blank\"><img src=\"" + d.img +
                "\" alt=\"" + d.title + "\"></a><p><a href=\"" + d.url + "\" target=\"_blank\">" + d.title + "</a></p></li>";
        }
        box.innerHTML = h;
    }
});
