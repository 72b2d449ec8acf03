
$(function(){
  var d=new Date(),w='\u65e5\u4e00\u4e8c\u4e09\u56db\u4e94\u516d';
  $('#today').text('\u4eca\u5929\u662f '+d.getFullYear()+'\u5e74'+(d.getMonth()+1)+'\u6708'+d.getDate()+'\u65e5 \u661f\u671f'+w.charAt(d.getDay()));
  $('.navli').hover(function(){$(this).find('.subnav').stop(true,true).slideDown(150);},function(){$(this).find('.subnav').hide();});
  $('.tabbox').each(function(){var box=$(this);box.find('.tabhd li').mouseover(function(){var i=$(this).index();
    $(this).addClass('on').siblings().removeClass('on');box.find('.tabbd .tabcon').hide().eq(i).show();
    box.find('.more').attr('href',$(this).attr('data-more'));});});
  $('img.lazy').each(function(){var s=$(this).attr('data-original');if(s){$(this).attr('src',s);}});
});
function AddFavorite(){try{window.external.addFavorite(location.href,document.title);}catch(e){alert('\u8bf7\u4f7f\u7528Ctrl+D\u6536\u85cf');}}
