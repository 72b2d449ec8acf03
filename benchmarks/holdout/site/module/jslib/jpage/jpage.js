/* jpage: renders the <datastore> records of a column into its default_pgContainer */
(function () {
  function render(box) {
    var xml = box.querySelector('script[type="text/xml"]');
    if (!xml) return;
    var text = xml.textContent || xml.innerHTML;
    var recs = text.match(/<record><!\[CDATA\[([\s\S]*?)\]\]><\/record>/g) || [];
    var perpage = parseInt(box.getAttribute('data-perpage') || '15', 10);
    var rows = recs.slice(0, perpage).map(function (r) {
      return r.replace(/^<record><!\[CDATA\[/, '').replace(/\]\]><\/record>$/, '');
    });
    var c = document.createElement('div');
    c.className = 'default_pgContainer';
    c.innerHTML = '<table>' + rows.join('') + '</table>';
    box.appendChild(c);
    var t = document.createElement('div');
    t.className = 'default_pgToolbar';
    t.innerHTML = '共' + recs.length + '条 第1页 共' + Math.max(1, Math.ceil(recs.length / perpage)) + '页';
    box.appendChild(t);
  }
  var boxes = document.querySelectorAll('div[data-jpage]');
  for (var i = 0; i < boxes.length; i++) render(boxes[i]);
})();
