
/* irs-front list component: renders a channel's documents from the platform's JSON API */
(function(){
  function pad(n){return n<10?'0'+n:''+n;}
  var WEEK='日一二三四五六';
  function parts(s){var m=/^(\d{4})-(\d{2})-(\d{2})/.exec(s||'');return m?[+m[1],+m[2],+m[3]]:null;}
  var FMT={
    ymd:function(p){return p[0]+'-'+pad(p[1])+'-'+pad(p[2]);},
    cn:function(p){var wd=new Date(Date.UTC(p[0],p[1]-1,p[2])).getUTCDay();return p[0]+'年'+p[1]+'月'+p[2]+'日 星期'+WEEK.charAt(wd);},
    md:function(p){return '['+pad(p[1])+'/'+pad(p[2])+']';},
    dot:function(p){return '发布：'+p[0]+'.'+pad(p[1])+'.'+pad(p[2]);}
  };
  var nodes=document.querySelectorAll('[data-irs-channel]');
  for(var i=0;i<nodes.length;i++){(function(el){
    var cid=el.getAttribute('data-irs-channel'),fmt=FMT[el.getAttribute('data-irs-fmt')]||FMT.ymd;
    new Vue({
      el:el,
      data:{list:[],page:1,pages:1,total:0,loading:true},
      template:'<div class="irs-list">'+
        '<ul class="list-ul" v-if="list.length"><li v-for="(it,k) in list" :key="k"><a :href="it.url" :title="it.title" target="_blank">{{it.title}}</a><span class="date">{{show(it.pubDate)}}</span></li></ul>'+
        '<div class="irs-empty" v-else-if="!loading">暂无数据</div>'+
        '<div class="irs-pager" v-if="pages>1"><span>共{{total}}条</span>'+
        '<button type="button" :disabled="page<=1" @click="go(page-1)">上一页</button>'+
        '<button type="button" v-for="n in pages" :key="\'p\'+n" :class="{cur:n===page}" @click="go(n)">{{n}}</button>'+
        '<button type="button" :disabled="page>=pages" @click="go(page+1)">下一页</button></div></div>',
      methods:{
        show:function(s){var p=parts(s);return p?fmt(p):'';},
        load:function(p){var vm=this;vm.loading=true;
          var x=new XMLHttpRequest();x.open('GET','/irs-api/channel/'+cid+'/page-'+p+'.json');
          x.onload=function(){if(x.status===200){var d=JSON.parse(x.responseText);vm.list=d.list;vm.total=d.total;vm.pages=d.pages||1;vm.page=p;}vm.loading=false;};
          x.onerror=function(){vm.loading=false;};x.send();},
        go:function(p){if(p<1||p>this.pages)return;history.pushState(null,'','?page='+p);this.load(p);}
      },
      mounted:function(){var m=/[?&]page=(\d+)/.exec(location.search);this.load(m?+m[1]:1);}
    });
  })(nodes[i]);}
})();
