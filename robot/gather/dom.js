// DOM facts of a rendered page, gathered in one evaluate() call by robot.gather.browser.
// Returns links (with computed visibility and why hidden), images (load outcome, natural size,
// box), the title, visible text and navigation timing. Keep it side-effect free.
(maxText) => {
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
    if ((r.width < 1 || r.height < 1) && !hasImg) return 'zero-size';
    const left = r.left + sx, top = r.top + sy;
    if (left + r.width < 0 || top + r.height < 0 || left > docW + 50 || top > docH + 50) return 'offscreen';
    const s = getComputedStyle(el);
    const text = (el.innerText || '').trim();
    if (text && !hasImg) {
      if (parseFloat(s.fontSize) < 1) return 'font-size';
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

  const links = [];
  for (const a of document.querySelectorAll('a[href]')) {
    if (links.length >= 3000) break;
    const raw = a.getAttribute('href') || '';
    let href = '';
    try { href = new URL(raw, document.baseURI).href; } catch (e) { href = ''; }
    const reason = hiddenReason(a);
    links.push({
      href, raw_href: raw,
      text: ((a.innerText || a.textContent || '').trim() || a.getAttribute('title') || '').slice(0, 200),
      visible: reason === null, hidden_reason: reason, box: box(a), selector: cssPath(a),
      in_nav: inNav(a), target_blank: (a.getAttribute('target') || '') === '_blank',
      onclick: (a.getAttribute('onclick') || '').slice(0, 200),
    });
  }
  const images = [];
  for (const img of document.images) {
    if (images.length >= 1000) break;
    const raw = img.getAttribute('src') || '';
    images.push({
      src: img.currentSrc || img.src || '', raw_src: raw, alt: img.getAttribute('alt') || '',
      complete: img.complete, loaded: img.complete && img.naturalWidth > 0,
      natural_width: img.naturalWidth, natural_height: img.naturalHeight,
      box: box(img), visible: hiddenReason(img) === null, selector: cssPath(img),
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
}
