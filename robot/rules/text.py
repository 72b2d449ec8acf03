"""Text: text.typo (错别字) and text.sensitive (敏感词、严重表述错误) from the lexicons.

The lexicon is the robot's default (``robot/data/lexicon.txt``) plus the site's ``lexicons:`` files.
Relative paths are resolved against the rule parameter ``base_dir`` (``rules: {text.typo:
{base_dir: …}}``) when given, else the working folder: the rule context does not carry the config
file's location, so the config loader should make the paths absolute (see robot.content.lexicon).
A file that cannot be read or has a malformed line raises :class:`LexiconError` naming file and line.

Pages: title and visible text; attachments: their text, reported on the page that links them
(``target`` is the word and the attachment's URL). One finding per (page or attachment, wrong
word). A wrong word that sits in the same context on three or more pages is template text
(header, footer, a side column): one finding on the first page, the others in ``measured``.
A wrong word that a page (a list, the homepage) shows only in the text of links to pages inspected
this run that hold the same word (an article's title in its list) is the article's: it is reported
on the article alone, where it is to be corrected, not again on every list that links it.
Contexts are passed through :func:`mask_excerpt`, so no finding repeats a phone or ID number.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from robot.content.lexicon import LexHit, Lexicon, site_lexicon
from robot.content.privacy import mask_excerpt
from robot.findings import Finding, Mark
from robot.rules.privacy import attachment_mark
from robot.rules.registry import RuleContext, rule

TEMPLATE_PAGES = 3  # the same wrong word in the same context on this many pages: one finding
_LABEL = {"typo": "错别字", "sensitive": "严重表述错误"}


def _lexicon(ctx: RuleContext, rule_id: str) -> Lexicon:
    paths = list(getattr(ctx.site, "lexicons", None) or [])
    base_dir = ctx.param(rule_id, "base_dir", None) or ctx.param("text.typo", "base_dir", None)
    return site_lexicon(paths, base_dir)


def _describe(hit: LexHit) -> str:
    fix = f"，应为「{hit.right}」" if hit.right else "（不应出现）"
    return f"「{hit.wrong}」{fix}"


def _measured(hits: list[LexHit], **extra: Any) -> dict[str, Any]:
    first = hits[0]
    return {
        "wrong": first.wrong, "right": first.right, "kind": first.kind, "count": len(hits),
        "contexts": list(dict.fromkeys(mask_excerpt(h.context) for h in hits))[:3],
        "entry": first.source, **extra,
    }


# The last snapshot's page scans: text.typo and text.sensitive run one after the other over the same
# pages with the same lexicon; each page is scanned once for both (holding the objects keeps ids valid).
_last_scan: list[tuple[object, object, dict[str, list[LexHit]]]] = []


def _page_hits(ctx: RuleContext, lexicon: Any) -> dict[str, list[LexHit]]:
    """Every page's hits of every kind (title and text), by URL, scanned once per snapshot."""
    for snap, lex, hits in _last_scan:
        if snap is ctx.snapshot and lex is lexicon:
            return hits
    out: dict[str, list[LexHit]] = {}
    for page in ctx.snapshot.pages:
        if page.requested_url not in out:
            out[page.requested_url] = [h for text in (page.title, page.text) for h in lexicon.scan(text)]
    _last_scan[:] = [(ctx.snapshot, lexicon, out)]
    return out


def _scan(ctx: RuleContext, rule_id: str, kind: str) -> Iterator[Finding]:
    lexicon = _lexicon(ctx, rule_id)
    scanned = _page_hits(ctx, lexicon)
    label = _LABEL[kind]
    # pages: (word, context) → pages, to fold template text into one finding
    per_page: list[tuple[str, int, dict[str, list[LexHit]]]] = []
    places: dict[tuple[str, str], list[str]] = {}
    seen: set[str] = set()
    holders = _pages_holding(ctx, scanned, kind)
    for page in sorted(ctx.snapshot.pages, key=lambda p: (p.depth, p.requested_url)):
        if page.requested_url in seen or not (page.text or page.title):
            continue
        seen.add(page.requested_url)
        words: dict[str, list[LexHit]] = {}
        for hit in scanned.get(page.requested_url, ()):
            if hit.kind == kind:
                words.setdefault(hit.wrong, []).append(hit)
        for word in [w for w in words if _only_in_links(page, w, len(words[w]), holders, lexicon)]:
            del words[word]
        for word, hits in words.items():
            for h in hits:
                places.setdefault((word, h.context), []).append(page.requested_url)
        per_page.append((page.requested_url, page.depth, words))
    template: dict[tuple[str, str], list[str]] = {
        k: list(dict.fromkeys(v)) for k, v in places.items() if len(set(v)) >= TEMPLATE_PAGES
    }
    reported: set[tuple[str, str]] = set()
    for url, _depth, words in per_page:
        for word, hits in words.items():
            own = [h for h in hits if (word, h.context) not in template]
            shared = [(word, h.context) for h in hits if (word, h.context) in template]
            extra: dict[str, Any] = {"where": "page"}
            for key in shared:
                if key not in reported and template[key][0] == url:
                    reported.add(key)
                    own.append(next(h for h in hits if h.context == key[1]))
                    extra["template"] = True
                    extra["seen_on"] = len(template[key])
                    extra["other_pages"] = template[key][1:11]
            if not own:
                continue
            first = own[0]
            yield ctx.finding(
                rule_id, url,
                f"页面出现{label}{_describe(first)}（{len(own)} 处）：「{mask_excerpt(first.context)}」",
                target=word, measured=_measured(own, **extra), mark=Mark(full_page=True, text=(word,)),
            )
    for att in sorted(ctx.snapshot.attachments, key=lambda a: (a.found_on, a.url)):
        if not att.text:
            continue
        name = att.link_text.strip()[:40] or att.url.rsplit("/", 1)[-1][:60]
        words = {}
        for hit in lexicon.scan(att.text):
            if hit.kind == kind:
                words.setdefault(hit.wrong, []).append(hit)
        for word, hits in words.items():
            yield ctx.finding(
                rule_id, att.found_on,
                f"附件「{name}」出现{label}{_describe(hits[0])}（{len(hits)} 处）：「{mask_excerpt(hits[0].context)}」",
                target=f"{word} @ {att.url}",
                measured=_measured(hits, where="attachment", attachment=att.url, link_text=att.link_text[:100]),
                mark=attachment_mark(ctx, att),
            )


def _pages_holding(ctx: RuleContext, scanned: dict[str, list[LexHit]], kind: str) -> dict[str, set[str]]:
    """Wrong word → the URLs (requested and final) of the pages whose own text or title holds it."""
    out: dict[str, set[str]] = {}
    for page in ctx.snapshot.pages:
        for hit in scanned.get(page.requested_url, ()):
            if hit.kind == kind:
                out.setdefault(hit.wrong, set()).update(u for u in (page.requested_url, page.final_url) if u)
    return out


def _only_in_links(page: Any, word: str, count: int, holders: dict[str, set[str]], lexicon: Lexicon) -> bool:
    """Whether each of the page's ``count`` hits of ``word`` is in the text of a link to another
    page inspected this run that holds the word itself (a list showing an article's title)."""
    others = holders.get(word, set()) - {page.requested_url, page.final_url}
    if not others:
        return False
    in_links = sum(
        sum(1 for h in lexicon.scan(link.text) if h.wrong == word)
        for link in page.links if link.href in others and word in link.text)
    return in_links >= count


@rule(
    "text.typo", "medium",
    summary="错别字（常见错别字、表述不规范）",
    hint="按词库给出的正确写法修改，并落实“三审三校”，发布前核对文字。",
    needs=("pages", "attachments"),
)
def typo(ctx: RuleContext) -> Iterator[Finding]:
    yield from _scan(ctx, "text.typo", "typo")


@rule(
    "text.sensitive", "high",
    summary="严重表述错误或敏感词（国名、党名、机构名称、领导人姓名职务、政治提法）",
    hint="立即核实并更正（或撤下）相关内容；涉及国名、领导人姓名职务和重要提法的，按规范表述逐字核对。",
    needs=("pages", "attachments"),
)
def sensitive(ctx: RuleContext) -> Iterator[Finding]:
    yield from _scan(ctx, "text.sensitive", "sensitive")
