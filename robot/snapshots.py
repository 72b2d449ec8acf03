"""Typed snapshots: what the gather layer saw, and all that rules may look at.

The browser visits a page once and produces a :class:`PageSnapshot`; the HTTP pool checks each
unique link target once and produces a :class:`LinkCheck`; a column probe walks a column's list
pages and produces a :class:`ColumnSnapshot`. A :class:`SiteSnapshot` bundles them for one site
and one run. Rules are pure functions of these objects (and the config): they never call the
browser, sleep or touch the database, so every rule can be tested from a hand-built snapshot.

Nothing here imports anything of ours: this module sits on the ground floor.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum
from typing import Literal


@dataclass(frozen=True, slots=True)
class Box:
    """An element's box in CSS pixels, relative to the top-left of the full page."""

    x: float
    y: float
    width: float
    height: float

    @property
    def area(self) -> float:
        return max(self.width, 0.0) * max(self.height, 0.0)


class NetError(StrEnum):
    """Why a request got no HTTP answer. Classified by the gather layer, never by rules."""

    TIMEOUT = "timeout"
    REFUSED = "refused"
    DNS = "dns"  # unknown host: definite
    RESET = "reset"
    TOO_MANY_REDIRECTS = "too_many_redirects"
    MALFORMED_URL = "malformed_url"  # definite
    TLS = "tls"
    BLOCKED = "blocked"  # private address not allowed, unsafe port ...
    OTHER = "other"


@dataclass(frozen=True, slots=True)
class LinkFact:
    """One ``<a href>`` as rendered in the page."""

    href: str  # absolute, normalised URL ('' when the raw href cannot be parsed)
    raw_href: str
    text: str
    visible: bool
    hidden_reason: str | None = None  # display|visibility|opacity|offscreen|zero-size|font-size|colour|clipped
    box: Box | None = None
    selector: str = ""  # a CSS path that finds the element again (for evidence marking)
    in_nav: bool = False  # inside the site's navigation (nav, header menu)
    target_blank: bool = False
    onclick: str = ""


@dataclass(frozen=True, slots=True)
class ImageFact:
    """One ``<img>`` as rendered: did it load, how big is it, what does it look like."""

    src: str  # absolute URL ('' for an empty src)
    raw_src: str
    alt: str
    loaded: bool  # complete && naturalWidth > 0 in the browser
    natural_width: int
    natural_height: int
    complete: bool = True  # False: still loading (lazy, slow) when the page was read
    box: Box | None = None
    visible: bool = True
    selector: str = ""
    # filled by the vision module from the image's bytes (None when not analysed):
    # 'ok' | 'placeholder' | 'blank' | 'undecodable'
    visual: str | None = None
    visual_detail: str = ""  # e.g. "matches reference 图片加载失败.png (0.93)"


@dataclass(frozen=True, slots=True)
class ListEntry:
    """A dated (or undated) item of a list: a link with the date shown beside it."""

    title: str
    url: str
    date: date | None
    date_text: str = ""


@dataclass(frozen=True, slots=True)
class RenderFacts:
    """How a region of the page looks once rendered (computed by the vision module)."""

    box: Box | None
    blank: bool  # the region shows (almost) nothing: uniform colour, no edges, no text
    edge_density: float  # share of edge pixels (Canny) in the region
    ink_ratio: float  # share of pixels differing from the dominant colour
    screenshot: str | None = None  # path of the region's capture, if kept
    text_chars: int = -1  # visible characters of text in the region (-1: not measured)
    longest_line: int = -1  # characters of its longest line of text (paragraphs vs. labels)
    links: int = -1  # links in it to an item (a title of 8+ characters or a picture), not menus or pagers
    targets: tuple[str, ...] = ()  # the pages its visible links lead to (60 at most; a landing page's sub-columns)
    pictures: tuple[str, ...] = ()  # pictures shown in it (not links, icons, spacers or banner strips)
    table_rows: int = -1  # rows of a table of facts in it (two or more filled cells, no link: 事项 地点 电话)
    write_boxes: int = -1  # boxes a reader writes a message in (a letter form's textarea; -1: not measured)


@dataclass(frozen=True, slots=True)
class PageSnapshot:
    """One page as the browser saw it."""

    site: str
    requested_url: str
    final_url: str
    status: int | None  # None when there was no HTTP answer (see ``error``)
    error: NetError | None = None
    error_detail: str = ""
    response_ms: int | None = None  # request sent → response headers (time to first byte)
    load_ms: int | None = None  # navigation start → load event
    bytes: int = 0
    fetched_at: datetime | None = None  # UTC
    content_type: str = ""
    title: str = ""
    text: str = ""  # visible text (innerText), whitespace folded
    links: tuple[LinkFact, ...] = ()
    images: tuple[ImageFact, ...] = ()
    entries: tuple[ListEntry, ...] = ()  # dated list items found on the page
    content: RenderFacts | None = None  # the main content / list area, for blank columns
    depth: int = 0
    via: str = ""  # the page that linked here
    attempts: int = 1
    next_pages: tuple[str, ...] = ()  # pagination: further list pages of this list
    html_bytes: int = 0
    # personal data found in ``text`` before it was masked for storage (the run journal keeps no
    # unmasked value): (kind 'id'|'mobile', masked value, masked context, count, why a mobile looks
    # personal: privacy.MobileHit.reason, '' for ID numbers)
    personal: tuple[tuple[str, str, str, int, str], ...] = ()
    rendered: bool = True  # False: read from the served HTML (robot.gather.static), not rendered

    @property
    def ok(self) -> bool:
        return self.status is not None and self.status < 400 and self.error is None


Certainty = Literal["definite", "suspect"]


@dataclass(frozen=True, slots=True)
class LinkCheck:
    """The verdict of the HTTP pool on one unique link target (after re-probing)."""

    url: str
    status: int | None
    error: NetError | None = None
    error_detail: str = ""
    response_ms: int | None = None
    final_url: str = ""
    attempts: int = 1
    method: str = "HEAD"

    @property
    def broken(self) -> bool:
        if self.error is NetError.BLOCKED:  # not fetched by policy: no verdict
            return False
        if self.error is not None:
            return True
        return self.status is not None and self.status >= 400

    @property
    def certainty(self) -> Certainty:
        """404, 403, 410 and an unknown host are definite; the rest may be passing trouble."""
        if self.error in (NetError.DNS, NetError.MALFORMED_URL):
            return "definite"
        if self.status in (403, 404, 410):
            return "definite"
        return "suspect"


ColumnCategory = Literal["news", "notice", "policy", "personnel", "plan", "other"]


@dataclass(frozen=True, slots=True)
class ColumnSnapshot:
    """A column (栏目): its list pages walked, entries collected, rendering measured."""

    name: str
    url: str  # absolute URL of the column's first list page
    category: ColumnCategory
    configured: bool  # listed in the config
    in_nav: bool  # found in the site's navigation this run (a discovered column)
    linked: bool = True  # some crawled page of the site links to it
    level: int = 1  # 1 = first-level column (一级栏目)
    reachable: bool = True
    status: int | None = None
    error: NetError | None = None
    entries: tuple[ListEntry, ...] = ()
    pages: tuple[str, ...] = ()  # list pages walked (pagination)
    content: RenderFacts | None = None

    @property
    def newest(self) -> date | None:
        dates = [e.date for e in self.entries if e.date is not None]
        return max(dates) if dates else None


@dataclass(frozen=True, slots=True)
class AttachmentText:
    """The text of a document linked from the site (.xls/.xlsx/.doc/.docx/.pdf/.csv), for content rules."""

    url: str  # the attachment's absolute URL
    found_on: str  # the page that links it (where a person finds it)
    link_text: str = ""
    content_type: str = ""
    bytes: int = 0
    text: str = ""  # extracted plain text ('' when it could not be read); never stored beyond the run
    error: str = ""  # why there is no text (too large, unreadable, HTTP status …)


@dataclass(frozen=True, slots=True)
class DocumentPage:
    """A page read for the document rules: annual reports (年度报告) and the like, with its HTML
    where its tables matter."""

    url: str
    kind: str  # annual_report | annual_report_list (the list was opened) | other
    title: str
    published: date | None = None
    year: int | None = None  # the year it reports on (annual reports)
    text: str = ""
    html: str = ""  # rendered HTML (tables), '' when not kept
    found_on: str = ""  # the list page that links it
    source: str = "html"  # html | pdf | docx | doc


@dataclass(frozen=True, slots=True)
class FeedPost:
    title: str
    url: str
    date: date | None


@dataclass(frozen=True, slots=True)
class FeedSnapshot:
    """A new-media account (政务新媒体) read from its RSS/Atom feed or an HTML page of dated posts."""

    name: str
    url: str
    status: int | None = None
    error: str = ""
    kind: str = ""  # rss | atom | html
    posts: tuple[FeedPost, ...] = ()


@dataclass(frozen=True, slots=True)
class Ipv6Facts:
    """Whether the site answers over IPv6: the homepage and a sample of 2nd/3rd-level links."""

    homepage_aaaa: bool
    homepage_ok: bool
    sampled: int = 0  # links tried
    sampled_ok: int = 0  # answered over IPv6
    failures: tuple[tuple[str, str], ...] = ()  # (url, why)


@dataclass(frozen=True, slots=True)
class DefaceFacts:
    """The homepage compared with its baseline screenshot (page.defaced)."""

    baseline: str  # path of the baseline image
    current: str  # path of the current capture
    diff: str = ""  # path of the diff image with changed boxes drawn
    changed_ratio: float = 0.0  # share of the compared area that changed
    boxes: tuple[Box, ...] = ()
    threshold: float = 0.0


# --- interaction channels (留言/信箱, 依申请公开, 信息公开指南) ------------------------------


@dataclass(frozen=True, slots=True)
class Message:
    """One letter on a message board (领导信箱, 网上留言, 问政 …) as a citizen sees it."""

    url: str  # the letter's own page ('' when the board shows letters inline only)
    title: str
    submitted: date | None  # 来信/留言/提交时间
    replied: date | None = None  # 回复/答复/办理时间; None: no reply (未回复, 办理中, or none shown)
    state_text: str = ""  # what the site says of it: 已回复, 未回复, 办理中 …
    # working days from sent to reply (day one = the day after it was sent), or, with no reply,
    # open so far on as_of; None when the dates are unknown. Filled by the probe (the calendar).
    workdays_to_reply: int | None = None


@dataclass(frozen=True, slots=True)
class FormField:
    """One field of an application form (online form or downloadable 申请表)."""

    label: str  # the label text a person reads (申请人姓名, 联系电话 …)
    kind: str  # text | textarea | select | radio | checkbox | file | date | table-cell (a document form)
    name: str = ""  # the control's name/id (online forms)
    required: bool = False  # marked required (* or the required attribute)
    element: str = ""  # requirement category it satisfies (see robot.channels.form.REQUIRED), '' for none
    options: tuple[str, ...] = ()  # for select/radio: the choices offered


@dataclass(frozen=True, slots=True)
class FormFacts:
    """What the 依申请公开 form offers."""

    url: str  # the page or document the fields came from
    source: str  # html | docx | pdf | doc
    fields: tuple[FormField, ...] = ()
    missing: tuple[str, ...] = ()  # required elements not found (受理机关, 申请人姓名或名称 …)
    fillable: bool = False  # every field found could be filled with test data (online form)
    submit_control: bool = False  # a submit button or equivalent exists (online form)
    submitted: bool = False  # only ever True on a site with allow_submit: true
    submit_status: int | None = None
    submit_ms: int | None = None  # submit → receipt page round trip
    receipt_text: str = ""  # the receipt's text (excerpt), e.g. 提交成功，查询码 …
    problem: str = ""  # why it could not be opened/filled/submitted, in Chinese


@dataclass(frozen=True, slots=True)
class GuideFacts:
    """What the 信息公开指南 says about where and how to apply."""

    url: str
    unit: str = ""  # the organisation that receives requests (受理机构/受理机关)
    address: str = ""  # 办公地址 / 受理地点
    postal_address: str = ""  # 通信地址 / 邮寄地址 (with 邮编 where given)
    postcode: str = ""
    phones: tuple[str, ...] = ()  # 咨询电话 / 联系电话, as written
    fax: str = ""
    email: str = ""
    ways: tuple[str, ...] = ()  # ways to apply it offers: in_person, post, fax, email, online
    text_chars: int = 0  # length of the guide's text (0: nothing readable)


@dataclass(frozen=True, slots=True)
class ChannelSnapshot:
    """One interaction channel of a site, probed like a citizen would."""

    site: str
    kind: str  # message_board | application | guide
    url: str  # the channel's entry page
    available: bool  # it opened (HTTP < 400, a page with content)
    configured: bool = True  # from the config (False: discovered from link texts)
    status: int | None = None
    error: NetError | None = None
    error_detail: str = ""
    response_ms: int | None = None
    load_ms: int | None = None
    title: str = ""
    # message boards
    messages: tuple[Message, ...] = ()
    list_pages: tuple[str, ...] = ()  # list pages walked
    write_url: str = ""  # the 我要写信/我要留言 form ('' when none found)
    write_ok: bool | None = None  # the form opens and has a working submit control; None: not probed
    write_problem: str = ""
    # request forms and guides
    form: FormFacts | None = None
    guide: GuideFacts | None = None
    complete: bool = True  # False when limits (max letters/pages) cut the walk short


@dataclass(slots=True)
class SiteSnapshot:
    """Everything gathered for one site in one run. Rules read it; nothing else writes it."""

    site: str
    homepage_url: str
    as_of: date
    homepage: PageSnapshot | None = None
    pages: list[PageSnapshot] = field(default_factory=list)
    link_checks: dict[str, LinkCheck] = field(default_factory=dict)
    columns: list[ColumnSnapshot] = field(default_factory=list)
    channels: list[ChannelSnapshot] = field(default_factory=list)
    attachments: list[AttachmentText] = field(default_factory=list)
    documents: list[DocumentPage] = field(default_factory=list)
    feeds: list[FeedSnapshot] = field(default_factory=list)
    ipv6: Ipv6Facts | None = None
    deface: DefaceFacts | None = None
    # URL → the first day the robot saw each dated item before this run (content.backdated); None
    # when the site has no history yet (its first run: nothing can be called back-dated)
    seen_before: dict[str, date] | None = None
    availability: tuple[int, int] | None = None  # homepage probes of the daemon over 7 days: (probes, failed)
    complete: bool = True  # False when the crawl was cut short (max_pages, interrupt)
    checks: tuple[str, ...] = ()  # rule prefixes gathered for (empty = all)

    def page(self, url: str) -> PageSnapshot | None:
        for p in self.pages:
            if p.requested_url == url or p.final_url == url:
                return p
        return None


# --- serialisation (journal of an unfinished run, distributed tasks) -------------------------


def to_jsonable(obj: object) -> object:
    """Dataclasses, dates, enums and tuples as plain JSON values."""
    from dataclasses import fields, is_dataclass

    if is_dataclass(obj) and not isinstance(obj, type):
        return {f.name: to_jsonable(getattr(obj, f.name)) for f in fields(obj)}
    if isinstance(obj, datetime | date):
        return obj.isoformat()
    if isinstance(obj, StrEnum):
        return obj.value
    if isinstance(obj, list | tuple):
        return [to_jsonable(x) for x in obj]
    if isinstance(obj, dict):
        return {str(k): to_jsonable(v) for k, v in obj.items()}
    return obj


def _box(d: dict | None) -> Box | None:  # type: ignore[type-arg]
    return Box(**d) if d else None


def _entry(d: dict) -> ListEntry:  # type: ignore[type-arg]
    return ListEntry(d["title"], d["url"], date.fromisoformat(d["date"]) if d["date"] else None, d.get("date_text", ""))


def _render(d: dict | None) -> RenderFacts | None:  # type: ignore[type-arg]
    if not d:
        return None
    return RenderFacts(**{**d, "box": _box(d.get("box")), "targets": tuple(d.get("targets", ())),
                               "pictures": tuple(d.get("pictures", ()))})


def page_from_dict(d: dict) -> PageSnapshot:  # type: ignore[type-arg]
    return PageSnapshot(
        **{
            **d,
            "error": NetError(d["error"]) if d.get("error") else None,
            "fetched_at": datetime.fromisoformat(d["fetched_at"]) if d.get("fetched_at") else None,
            "links": tuple(LinkFact(**{**x, "box": _box(x.get("box"))}) for x in d.get("links", ())),
            "images": tuple(ImageFact(**{**x, "box": _box(x.get("box"))}) for x in d.get("images", ())),
            "entries": tuple(_entry(x) for x in d.get("entries", ())),
            "content": _render(d.get("content")),
            # (a journal written before the reason was kept has four fields)
            "personal": tuple((*x, "")[:5] for x in d.get("personal", ())),
        }
    )


def link_check_from_dict(d: dict) -> LinkCheck:  # type: ignore[type-arg]
    return LinkCheck(**{**d, "error": NetError(d["error"]) if d.get("error") else None})


def column_from_dict(d: dict) -> ColumnSnapshot:  # type: ignore[type-arg]
    return ColumnSnapshot(
        **{
            **d,
            "error": NetError(d["error"]) if d.get("error") else None,
            "entries": tuple(_entry(x) for x in d.get("entries", ())),
            "pages": tuple(d.get("pages", ())),
            "content": _render(d.get("content")),
        }
    )
