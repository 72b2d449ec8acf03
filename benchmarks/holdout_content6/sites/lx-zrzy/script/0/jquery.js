/* jQuery v1.12.4 (stub for the static copy) */
window.jQuery=window.$=function(){return {ready:function(f){f();}};};
