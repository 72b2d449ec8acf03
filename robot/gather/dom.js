// DOM facts of a rendered page, gathered in one evaluate() call by robot.gather.browser.
// Returns links (with computed visibility and why hidden), images (load outcome, natural size,
// box), the title, visible text and navigation timing. Keep it side-effect free. Asynchronous
// only to read, first, the script files that hook the page's clicks (see leave-site notices).
async (maxText) => {
  const hookFiles = await clickScriptFiles();
  const docW = Math.max(document.documentElement.scrollWidth, document.body ? document.body.scrollWidth : 0);
  const docH = Math.max(document.documentElement.scrollHeight, document.body ? document.body.scrollHeight : 0);
  const sx = window.scrollX, sy = window.scrollY;

  const cssPath = (el) => {
    if (el.id && /^[A-Za-z][\w-]*$/.test(el.id) && document.querySelectorAll('#' + el.id).length === 1) return '#' + el.id;
    const parts = [];
    let node = el;
    while (node && node.nodeType === 1 && node !== document.documentElement) {
      if (node.id && /^[A-Za-z][\w-]*$/.test(node.id) && document.querySelectorAll('#' + node.id).length === 1) {
        parts.unshift('#' + node.id);
        return parts.join(' > ');
      }
      const tag = node.tagName.toLowerCase();
      let i = 1, sib = node;
      while ((sib = sib.previousElementSibling)) if (sib.tagName === node.tagName) i++;
      parts.unshift(`${tag}:nth-of-type(${i})`);
      node = node.parentElement;
    }
    parts.unshift('html');
    return parts.join(' > ');
  };

  const parseColour = (c) => {
    const m = c && c.match(/rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)(?:,\s*([\d.]+))?\)/);
    if (!m) return null;
    return [+m[1], +m[2], +m[3], m[4] === undefined ? 1 : +m[4]];
  };
  const backgroundOf = (el) => {
    for (let n = el; n && n.nodeType === 1; n = n.parentElement) {
      const bg = parseColour(getComputedStyle(n).backgroundColor);
      if (bg && bg[3] > 0.5) return bg;
      if (getComputedStyle(n).backgroundImage !== 'none') return null;  // picture behind: unknown
    }
    return [255, 255, 255, 1];
  };

  // Why a person cannot see this element, or null when they can.
  const hiddenReason = (el) => {
    if (!el.isConnected) return 'display';
    let opacity = 1;
    for (let n = el; n && n.nodeType === 1; n = n.parentElement) {
      const s = getComputedStyle(n);
      if (s.display === 'none') return 'display';
      if (s.visibility === 'hidden' || s.visibility === 'collapse') return 'visibility';
      opacity *= parseFloat(s.opacity || '1');
      if (opacity < 0.05) return 'opacity';
      if (s.clipPath && /inset\(\s*(50|100)%/.test(s.clipPath)) return 'clipped';
      if (s.clip && /rect\(\s*0(px)?,?\s+0(px)?,?\s+0(px)?,?\s+0(px)?\s*\)/.test(s.clip)) return 'clipped';
      if (n !== el && (s.overflow === 'hidden' || s.overflowX === 'hidden' || s.overflowY === 'hidden')) {
        const r = n.getBoundingClientRect();
        if (r.width <= 1 || r.height <= 1) return 'clipped';
      }
    }
    const r = el.getBoundingClientRect();
    const hasImg = el.querySelector('img');
    const s = getComputedStyle(el);
    const text = (el.textContent || '').trim();
    // a picture (an <img>, or a background image: CSS image replacement of a badge or logo, whose
    // text is moved off or shrunk on purpose) is what a person sees: its text does not count
    const pictured = hasImg || (s.backgroundImage !== 'none' && r.width >= 8 && r.height >= 8);
    if (text && !pictured && parseFloat(s.fontSize) < 2) return 'font-size';  // 0 or 1px: no one reads it
    if ((r.width < 1 || r.height < 1) && !hasImg) return 'zero-size';
    const left = r.left + sx, top = r.top + sy;
    if (left + r.width < 0 || top + r.height < 0 || left > docW + 50 || top > docH + 50) return 'offscreen';
    if (text && !pictured) {
      const ti = parseFloat(s.textIndent || '0');
      if (ti < -500 || ti > docW) return 'offscreen';
      const fg = parseColour(s.color), bg = backgroundOf(el);
      if (fg && fg[3] < 0.05) return 'colour';
      if (fg && bg && Math.abs(fg[0] - bg[0]) + Math.abs(fg[1] - bg[1]) + Math.abs(fg[2] - bg[2]) < 12) return 'colour';
    }
    return null;
  };

  const box = (el) => {
    const r = el.getBoundingClientRect();
    return {x: r.left + sx, y: r.top + sy, width: r.width, height: r.height};
  };
  const navRe = /(^|[\s_-])(nav|navbar|menu|mainnav|topnav|daohang|dh)([\s_-]|\d|$)/i;
  const inNav = (el) => {
    for (let n = el; n && n.nodeType === 1; n = n.parentElement) {
      const tag = n.tagName;
      if (tag === 'NAV') return true;
      const idc = (n.id || '') + ' ' + (typeof n.className === 'string' ? n.className : '');
      if (navRe.test(idc)) return true;
    }
    return false;
  };

  // Leave-site notices (离开本站提示) a person meets when following a link to another host, other
  // than a confirm() in its onclick attribute: a handler set by a script (a property, a listener
  // or jQuery handler on the link or an ancestor, a named function its onclick calls), a script
  // that intercepts the clicks of the whole page (an inline one, or a listener on the document,
  // <html>, <body> or window, also from a script file: the browser's init script records the click
  // listeners scripts add, see robot.gather.browser), the link's title, or text right beside it.
  // Reported appended to the link's ``onclick`` as "[script] …", "[page] …" (the whole page's:
  // robot.gather.static gives it to the template's other outside links), "[title] …" or
  // "[text] …" (read by link.external_no_notice).
  const noticeRe = /离开本站|离开本网|即将离开|将要离开|将离开|离开.{0,12}网站|第三方网站|非本站|外部网站|外部链接|非政府网站|跳转(至|到)?外部|站外链接/;
  const snippet = (src) => {
    const m = src && src.match(noticeRe);
    if (!m) return '';
    return src.slice(Math.max(0, m.index - 30), m.index + m[0].length + 30).replace(/\s+/g, ' ').trim();
  };
  // a script that hooks the clicks of many links at once (not a helper function some onclick calls)
  const clickHook = /addEventListener\(\s*['"](click|mousedown)|\.on\(\s*['"]click|\.(click|live|delegate)\(\s*(function|['"])|(document|body|window)\.onclick\s*=|getElementsByTagName\(\s*['"]a['"]|querySelectorAll\(\s*['"]a[\[\s'"]/;
  let pageNotice = null;
  const pageScriptNotice = () => {
    if (pageNotice !== null) return pageNotice;
    pageNotice = '';
    for (const t of pageTargets()) {
      for (const src of hookSources(t)) { if (!pageNotice) pageNotice = snippet(src); }
    }
    // a whole-page listener whose notice is in a helper of its script file: the file's text
    for (const t of hookFiles) {
      if (pageNotice) break;
      const sn = snippet(t);
      if (sn && clickHook.test(t)) pageNotice = sn;
    }
    for (const sc of document.scripts) {
      if (pageNotice) break;
      if (sc.src) continue;
      const t = sc.textContent || '';
      if (t.length > 300000) continue;
      const sn = snippet(t);
      if (sn && clickHook.test(t)) { pageNotice = sn; break; }
    }
    for (const h of [document.onclick, document.body && document.body.onclick, window.onclick]) {
      if (!pageNotice && typeof h === 'function') pageNotice = snippet(String(h));
    }
    return pageNotice;
  };
  const jq = window.jQuery && window.jQuery._data ? window.jQuery : null;
  const fnSource = (name) => {
    let v = window;
    for (const part of name.split('.')) { try { v = v == null ? null : v[part]; } catch (e) { v = null; } }
    return typeof v === 'function' ? String(v).slice(0, 20000) : '';
  };
  const scriptNotice = (a, attr) => {
    const sources = [];
    if (!attr && typeof a.onclick === 'function') sources.push(String(a.onclick));
    for (const m of attr.matchAll(/([A-Za-z_$][\w$.]*)\s*\(/g)) {
      if (sources.length > 4) break;
      if (!/^(return|confirm|alert|window\.open|void)$/.test(m[1])) sources.push(fnSource(m[1]));
    }
    const page = pageTargets();
    for (let n = a; n && !page.includes(n); n = n.parentNode) sources.push(...hookSources(n));
    if (jq) {
      for (let n = a; n; n = n.parentNode) {
        let ev = null;
        try { ev = jq._data(n, 'events'); } catch (e) { ev = null; }
        if (ev && ev.click) for (const h of ev.click) sources.push(String(h.handler).slice(0, 20000));
      }
    }
    for (const src of sources) { const sn = snippet(src); if (sn) return '[script] ' + sn; }
    const pn = pageScriptNotice();
    return pn ? '[page] ' + pn : '';
  };
  const nearbyNotice = (a) => {
    let n = a.parentElement;
    for (let i = 0; n && i < 3 && n !== document.body; i++, n = n.parentElement) {
      const t = n.innerText || '';
      if (t.length > 400) break;
      const sn = snippet(t);
      if (sn) return sn;
    }
    return '';
  };
  let noticeChecks = 0;
  const leaveNotice = (a, href, attr) => {
    if (noticeRe.test(attr) || /\bconfirm\s*\(/.test(attr)) return '';  // the attribute says it already
    let url = null;
    try { url = new URL(href); } catch (e) { return ''; }
    if (!/^https?:$/.test(url.protocol) || url.host === location.host || noticeChecks >= 500) return '';
    noticeChecks++;
    const sn = scriptNotice(a, attr);
    if (sn) return sn;
    const title = snippet(a.getAttribute('title') || '');
    if (title) return '[title] ' + title;
    const near = nearbyNotice(a);
    return near ? '[text] ' + near : '';
  };

  const links = [];
  for (const a of document.querySelectorAll('a[href]')) {
    if (links.length >= 3000) break;
    const raw = a.getAttribute('href') || '';
    let href = '';
    try { href = new URL(raw, document.baseURI).href; } catch (e) { href = ''; }
    const reason = hiddenReason(a);
    const onclick = (a.getAttribute('onclick') || '').slice(0, 200);
    const notice = reason === null && href ? leaveNotice(a, href, onclick) : '';
    links.push({
      href, raw_href: raw,
      text: ((a.innerText || a.textContent || '').trim() || a.getAttribute('title') || '').slice(0, 200),
      visible: reason === null, hidden_reason: reason, box: box(a), selector: cssPath(a),
      in_nav: inNav(a), target_blank: (a.getAttribute('target') || '') === '_blank',
      onclick: notice ? (onclick ? onclick + ' ' : '') + notice.slice(0, 120) : onclick,
    });
  }
  // A lazily loaded picture (data-src …) not yet swapped in by its loader script: the picture a
  // reader gets is the lazy one, not the stand-in (a spacer, a loading GIF, nothing). It is judged
  // by the HTTP pool (complete: false); its drawn size is only known once it is in, unless the
  // stand-in is drawn in the picture's frame. The same attributes as robot.gather.static.LAZY_ATTRS.
  const lazyAttrs = ['data-src', 'data-original', 'data-lazy-src', 'data-lazy', 'data-echo', 'data-url',
                     'lazy-src', 'data-lazyload', 'data-ks-lazyload', 'original'];
  const lazyOf = (img) => {
    for (const name of lazyAttrs) {
      const v = (img.getAttribute(name) || '').trim();
      if (v && !/^(data:|javascript:|#)/i.test(v)) {
        try { return {raw: v, abs: new URL(v, document.baseURI).href}; } catch (e) { return null; }
      }
    }
    return null;
  };
  const images = [];
  for (const img of document.images) {
    if (images.length >= 1000) break;
    const raw = img.getAttribute('src') || '';
    const current = img.currentSrc || img.src || '';
    const lazy = lazyOf(img);
    if (lazy && lazy.abs !== current) {
      const b = box(img);
      images.push({
        src: lazy.abs, raw_src: lazy.raw, alt: img.getAttribute('alt') || '',
        complete: false, loaded: false, natural_width: 0, natural_height: 0,
        box: b.width >= 4 && b.height >= 4 ? b : null, visible: hiddenReason(img) === null, selector: cssPath(img),
      });
      continue;
    }
    // A picture the renderer has not drawn (pictures off while crawling, or still loading) has no
    // size yet: an <img alt=""> is then 0×0, though a reader gets the picture at its own size. Its
    // box is unknown (not zero) and zero size alone does not hide it; the HTTP pool judges it.
    const drawn = img.complete && img.naturalWidth > 0;
    const b = box(img), reason = hiddenReason(img);
    images.push({
      src: current, raw_src: raw, alt: img.getAttribute('alt') || '',
      complete: img.complete, loaded: drawn,
      natural_width: img.naturalWidth, natural_height: img.naturalHeight,
      box: drawn || (b.width >= 4 && b.height >= 4) ? b : null,
      visible: reason === null || (!drawn && reason === 'zero-size'), selector: cssPath(img),
    });
  }
  const nav = performance.getEntriesByType('navigation')[0];
  const text = document.body ? (document.body.innerText || '') : '';
  // One JSON string: far cheaper to carry over the protocol than a tree of typed values.
  return JSON.stringify({
    html: document.documentElement ? document.documentElement.outerHTML : '',
    title: document.title || '',
    text: text.replace(/[ \t\u3000]+/g, ' ').replace(/\n\s*\n+/g, '\n').slice(0, maxText),
    links, images,
    timing: nav ? {
      response_start: nav.responseStart, request_start: nav.requestStart, start: nav.startTime,
      load_end: nav.loadEventEnd, encoded: nav.encodedBodySize, decoded: nav.decodedBodySize,
    } : null,
    doc: {width: docW, height: docH},
  });

  // The click listeners scripts added (recorded by robot.gather.browser's init script), by target.
  function hookList(n) {
    const hooks = window.__zwgkClickHooks;
    try { return (hooks && hooks.get(n)) || []; } catch (e) { return []; }
  }
  function hookSources(n) {
    return hookList(n).map(({fn}) => {
      const f = typeof fn === 'function' ? fn : (fn && typeof fn.handleEvent === 'function' ? fn.handleEvent : null);
      return f ? String(f).slice(0, 20000) : '';
    });
  }
  function pageTargets() { return [window, document, document.documentElement, document.body]; }
  // The text of the (same-origin) script files that added a click listener to the whole page,
  // read from the browser's cache: at most 3 files of 300 kB, 1.5 s in all.
  async function clickScriptFiles() {
    const urls = new Set();
    for (const t of pageTargets()) {
      for (const {src} of hookList(t)) {
        try { if (src && new URL(src).origin === location.origin) urls.add(src); } catch (e) { /* not a URL */ }
      }
    }
    const out = [];
    if (!urls.size || ![...document.links].some((a) => a.host && a.host !== location.host)) return out;
    const ctl = new AbortController();
    const timer = setTimeout(() => ctl.abort(), 1500);
    try {
      await Promise.all([...urls].slice(0, 3).map(async (u) => {
        try {
          const r = await fetch(u, {signal: ctl.signal, cache: 'force-cache', credentials: 'same-origin'});
          const t = r.ok ? await r.text() : '';
          if (t.length <= 300000) out.push(t);
        } catch (e) { /* unreadable: no notice from it */ }
      }));
    } finally { clearTimeout(timer); }
    return out;
  }
}
