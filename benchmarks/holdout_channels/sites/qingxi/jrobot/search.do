<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="SiteName" content="青溪县人民政府">
<meta name="SiteDomain" content="www.qingxi.gov.cn">
<meta name="SiteIDCode" content="3607000031">
<meta name="ColumnName" content="搜索">
<title>搜索结果_青溪县人民政府</title>
<link rel="stylesheet" href="/images/qx_style.css">
</head>
<body>
<div class="qx-top"><div class="w1200"><span class="fl">欢迎访问青溪县人民政府门户网站</span><span class="fr"><a href="javascript:void(0)">无障碍浏览</a> | <a href="javascript:void(0)">长者模式</a></span></div></div>
<div class="qx-head"><div class="w1200"><div class="logo">青溪县人民政府<em>www.qingxi.gov.cn</em></div>
  <div class="search"><form action="/jrobot/search.do" method="get"><input type="text" name="q" placeholder="请输入关键字"><input type="submit" value="搜索"></form></div></div></div>
<div class="qx-nav"><div class="w1200"><ul>
      <li><a href="/index.html">首页</a></li>
      <li><a href="/col/col3101/index.html">青溪要闻</a></li>
      <li><a href="/col/col3102/index.html">通知公告</a></li>
      <li><a href="/col/col3130/index.html">政府信息公开</a></li>
      <li><a href="/col/col3120/index.html">互动交流</a></li>
</ul></div></div>
<div class="w1200 qx-main">
<div class="position">当前位置：<a href="/index.html">首页</a></div>
<div class="art_con"><p>请输入关键字进行搜索。</p></div>
</div>
<div class="qx-foot"><div class="w1200">
<p><a href="/col/col3150/index.html">网站地图</a> | <a href="/col/col3151/index.html">联系我们</a></p>
<p>主办单位：青溪县人民政府办公室　承办单位：青溪县信息中心</p>
<p>地址：青溪县政务服务中心三楼　联系电话：0797-7177965　邮编：341600</p>
<p>网站标识码：3607000031　赣ICP备05001721号　赣公网安备 36073102000113号</p>
<p>Copyright © 2016-2025 青溪县人民政府 版权所有</p>
</div></div>
</body>
</html>
