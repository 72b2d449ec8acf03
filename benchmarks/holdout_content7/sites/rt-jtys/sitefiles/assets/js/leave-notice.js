/* 离开本站提示：点击非本站、非政府网站链接时提示 */
(function(){
  document.addEventListener('click', function(e){
    var a = e.target.closest ? e.target.closest('a[href]') : null;
    if(!a || !a.hostname || a.hostname === location.hostname || /\.gov\.cn$/.test(a.hostname)) return;
    if(!window.confirm('您即将离开榕屯县交通运输局网站，前往第三方网站，是否继续？')){ e.preventDefault(); }
  }, true);
})();
