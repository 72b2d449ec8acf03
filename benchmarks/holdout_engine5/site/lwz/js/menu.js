function showDate(){var d=new Date(),w=['\u65e5','\u4e00','\u4e8c','\u4e09','\u56db','\u4e94','\u516d'];document.write('\u4eca\u5929\u662f\uff1a'+d.getFullYear()+'\u5e74'+(d.getMonth()+1)+'\u6708'+d.getDate()+'\u65e5 \u661f\u671f'+w[d.getDay()]);}
function SetHome(){alert('\u8bf7\u4f7f\u7528\u6d4f\u89c8\u5668\u83dc\u5355\u8bbe\u7f6e\u9996\u9875');}
function AddFav(){alert('\u8bf7\u6309 Ctrl+D \u6536\u85cf\u672c\u7ad9');}
