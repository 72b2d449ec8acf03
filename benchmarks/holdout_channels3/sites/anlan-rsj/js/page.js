function createPageHTML(_nPageCount, _nCurrIndex, _sPageName, _sPageExt){
  if(_nPageCount == null || _nPageCount <= 1){ return; }
  var nCurrIndex = _nCurrIndex || 0;
  document.write("<div class=\"page\">");
  if(nCurrIndex == 0){ document.write("<span>首页</span> <span>上一页</span> "); }
  else {
    document.write("<a href=\"" + _sPageName + "." + _sPageExt + "\">首页</a> ");
    var prev = nCurrIndex == 1 ? _sPageName + "." + _sPageExt : _sPageName + "_" + (nCurrIndex - 1) + "." + _sPageExt;
    document.write("<a href=\"" + prev + "\">上一页</a> ");
  }
  for(var i = 0; i < _nPageCount; i++){
    var href = i == 0 ? _sPageName + "." + _sPageExt : _sPageName + "_" + i + "." + _sPageExt;
    if(i == nCurrIndex){ document.write("<span class=\"cur\">" + (i + 1) + "</span> "); }
    else { document.write("<a href=\"" + href + "\">" + (i + 1) + "</a> "); }
  }
  if(nCurrIndex == _nPageCount - 1){ document.write("<span>下一页</span> <span>尾页</span>"); }
  else {
    document.write("<a href=\"" + _sPageName + "_" + (nCurrIndex + 1) + "." + _sPageExt + "\">下一页</a> ");
    document.write("<a href=\"" + _sPageName + "_" + (_nPageCount - 1) + "." + _sPageExt + "\">尾页</a>");
  }
  document.write("</div>");
}
