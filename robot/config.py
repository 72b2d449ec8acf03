"""Site configuration (``SITES.yaml``), validated up front.

A bad file raises :class:`ConfigError` naming the file, the line and the field, before anything
is written. Only ``id``, ``name`` and ``url`` are required for a site; the rest is discovered.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from robot.urls import host_of, normalise

Category = Literal["news", "notice", "policy", "personnel", "plan", "other"]


class ConfigError(Exception):
    """A config that cannot be used. ``str()`` is the one message the user sees."""

    def __init__(self, path: str, line: int | None, field: str, message: str) -> None:
        self.path, self.line, self.field, self.message = path, line, field, message
        where = f"{path}:{line}" if line else path
        super().__init__(f"{where}: {field}: {message}" if field else f"{where}: {message}")


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Defaults(_Model):
    timeout_s: float = Field(15, gt=0, le=600)
    government_domains: list[str] = ["gov.cn"]
    slow_ms: int = Field(3000, gt=0)
    max_pages: int = Field(2000, ge=1)
    per_host_concurrency: int = Field(2, ge=1, le=64)
    allow_private_networks: bool = False
    link_concurrency: int = Field(64, ge=1, le=1024)  # HTTP pool, all hosts together
    link_rate_per_host: float = Field(0, ge=0)  # requests/s per host for link checks; 0 = no limit
    retries: int = Field(2, ge=0, le=5)  # re-probes of a transient failure before it is a finding
    max_depth: int = Field(8, ge=0)
    max_list_pages: int = Field(20, ge=1)  # pagination pages followed per column
    user_agent: str = "Mozilla/5.0 (X11; Linux x86_64) zwgk-robot/0.1 (+政务公开巡检)"
    # Pages are rendered without loading pictures: each unique image is fetched once over the HTTP
    # pool and judged there (status, decoding, placeholder). Evidence screenshots load them.
    crawl_images: bool = False
    # Queued pages are asked over the HTTP pool ahead of the browser; one answering 404/410 is
    # recorded by its status without being rendered.
    precheck_pages: bool = True
    # "auto": render in Chromium the homepage, the columns and every page whose template has not
    # been proved to need no browser (robot.gather.static); read the rest from the served HTML over
    # the HTTP pool. "all": render every page (the browser-only path, slower, same findings).
    render: Literal["auto", "all"] = "auto"
    # Distributed runs (inspect --distributed): a site whose frontier holds at least twice this many
    # unvisited pages sends batches of this many to other workers (zwgk.inspect_pages); 0: never
    # split a site. A local run ignores it.
    batch_pages: int = Field(200, ge=0)
    viewport_width: int = 1280
    viewport_height: int = 800


class Schedule(_Model):
    probe_every: str = "60m"
    daily: str = "02:00"
    weekly: list[str] = ["mon 03:00", "thu 03:00"]
    monthly: str = "1 08:00"


class SmtpSettings(_Model):
    """Mail for notifications (smtplib). The password is read from the environment, never the file."""

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)
    host: str
    port: int = Field(25, ge=1, le=65535)
    from_: str = Field(alias="from")
    to: list[str] = Field(min_length=1)
    username: str | None = None
    password_env: str | None = None  # name of the environment variable that holds the password
    starttls: bool = False
    ssl: bool = False  # SMTP over TLS (port 465)
    timeout_s: float = Field(15, gt=0, le=300)


class Webhook(_Model):
    """A group robot: 企业微信 (``wecom``) or 钉钉 (``dingtalk``; ``secret`` for 加签)."""

    kind: Literal["wecom", "dingtalk"]
    url: str
    secret: str | None = None

    @field_validator("url")
    @classmethod
    def _http(cls, v: str) -> str:
        if not re.match(r"^https?://", v):
            raise ValueError(f"{v!r} is not an http(s) URL")
        return v


class Notify(_Model):
    """Where notifications go (new veto/high findings, early warnings, the daily summary)."""

    smtp: SmtpSettings | None = None
    webhooks: list[Webhook] = []


class Column(_Model):
    name: str
    url: str
    category: Category | None = None
    level: int = Field(1, ge=1, le=5)


class Contact(_Model):
    unit: str | None = None
    address: str | None = None
    phone: str | None = None
    fax: str | None = None
    email: str | None = None
    postal_address: str | None = None


class Channels(_Model):
    message_board: str | None = None
    application: str | None = None
    guide: str | None = None
    annual_reports: str | None = None
    interpretations: str | None = None


class Unit(_Model):
    name: str
    path: str
    annual_quota: int | None = Field(None, ge=0)


class NewMedia(_Model):
    name: str
    url: str


class Selectors(_Model):
    """Per-site overrides for extraction; never required."""

    nav: str | None = None  # the navigation bar's links
    list_item: str | None = None  # one row of a column list
    date: str | None = None  # the date inside a row
    content: str | None = None  # the list / content area of a column page


class RuleSetting(_Model):
    model_config = ConfigDict(extra="allow", frozen=True)
    severity: Literal["veto", "high", "medium", "low"] | None = None
    enabled: bool = True


class SiteConfig(_Model):
    id: str
    name: str
    url: str
    owner: str | None = None
    scope: list[str] = []
    jurisdiction: str | None = None
    contact: Contact = Contact()
    columns: list[Column] = []
    channels: Channels = Channels()
    units: list[Unit] = []
    new_media: list[NewMedia] = []
    lexicons: list[str] = []
    allow_submit: bool = False
    selectors: Selectors = Selectors()
    ignore_columns: list[str] = []  # navigation entries that are not columns (首页, English …)
    deface_mask: list[str] = []  # CSS selectors left out of the homepage comparison (carousels, dates, counters)
    notify: Notify | None = None  # replaces the top-level notify: for this site's messages

    @field_validator("id")
    @classmethod
    def _id(cls, v: str) -> str:
        if not re.fullmatch(r"[a-z0-9-]+", v):
            raise ValueError("must match [a-z0-9-]+ (lower-case letters, digits, hyphens)")
        return v

    @field_validator("url")
    @classmethod
    def _url(cls, v: str) -> str:
        n = normalise(v)
        if not n:
            raise ValueError(f"{v!r} is not an http(s) URL")
        return n

    @model_validator(mode="after")
    def _scope(self) -> SiteConfig:
        if not self.scope:
            object.__setattr__(self, "scope", [host_of(self.url)])
        return self

    def absolute(self, url_or_path: str) -> str:
        """A config URL or path (``/col/gzdt/``) made absolute against the homepage."""
        return normalise(url_or_path, self.url)


class HolidayYear(_Model):
    off: list[str] = []
    work: list[str] = []


class Config(_Model):
    defaults: Defaults = Defaults()
    schedule: Schedule = Schedule()
    sites: list[SiteConfig]
    holidays: dict[int, HolidayYear] = {}
    rules: dict[str, RuleSetting] = {}
    notify: Notify = Notify()
    source: str = Field("", exclude=True)  # the file it came from

    @model_validator(mode="after")
    def _unique(self) -> Config:
        seen: set[str] = set()
        for s in self.sites:
            if s.id in seen:
                raise ValueError(f"site id {s.id!r} is used twice")
            seen.add(s.id)
        return self

    def site(self, site_id: str) -> SiteConfig:
        for s in self.sites:
            if s.id == site_id:
                return s
        raise KeyError(site_id)


# --- loading with line numbers -------------------------------------------------------------


class _LineLoader(yaml.SafeLoader):
    """A SafeLoader that remembers the line of every mapping key and sequence item."""


def _construct_mapping(loader: _LineLoader, node: yaml.MappingNode) -> dict[Any, Any]:
    mapping = loader.construct_mapping(node, deep=True)
    lines = {}
    for key_node, _value_node in node.value:
        key = loader.construct_object(key_node, deep=True)
        lines[key] = key_node.start_mark.line + 1
    return _Lined(mapping, lines, node.start_mark.line + 1)


def _construct_sequence(loader: _LineLoader, node: yaml.SequenceNode) -> list[Any]:
    seq = loader.construct_sequence(node, deep=True)
    return _LinedList(seq, [n.start_mark.line + 1 for n in node.value], node.start_mark.line + 1)


class _Lined(dict):  # type: ignore[type-arg]
    def __init__(self, data: dict[Any, Any], lines: dict[Any, int], line: int) -> None:
        super().__init__(data)
        self.lines, self.line = lines, line


class _LinedList(list):  # type: ignore[type-arg]
    def __init__(self, data: list[Any], lines: list[int], line: int) -> None:
        super().__init__(data)
        self.lines, self.line = lines, line


# YAML 1.1 reads on/off/yes/no as booleans; the contract's ``holidays: {off: [...]}`` needs "off" as a
# word. Only true/false are booleans here.
_LineLoader.yaml_implicit_resolvers = {
    k: [(tag, rx) for tag, rx in v if tag != "tag:yaml.org,2002:bool"]
    for k, v in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
_LineLoader.add_implicit_resolver(
    "tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF")
)
_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)
_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_SEQUENCE_TAG, _construct_sequence)


def _line_for(data: Any, loc: tuple[Any, ...]) -> int | None:
    """The deepest line known along a pydantic error location."""
    line = getattr(data, "line", None)
    node = data
    for part in loc:
        if isinstance(node, _Lined) and part in node:
            line = node.lines.get(part, line)
            node = node[part]
        elif isinstance(node, _LinedList) and isinstance(part, int) and part < len(node):
            line = node.lines[part]
            node = node[part]
        else:
            break
    return line


def _field_name(data: Any, loc: tuple[Any, ...]) -> str:
    """``sites[0](xinfeng).columns[1].url``: the path, with site ids where they help."""
    out = ""
    node = data
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
            if isinstance(node, list) and part < len(node):
                node = node[part]
                if isinstance(node, dict) and "id" in node and isinstance(node["id"], str):
                    out += f"({node['id']})"
        else:
            out += ("." if out else "") + str(part)
            node = node.get(part) if isinstance(node, dict) else None
    return out


def parse_config(text: str, source: str = "<config>") -> Config:
    try:
        data = yaml.load(text, Loader=_LineLoader)  # noqa: S506 - SafeLoader subclass
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        problem = getattr(e, "problem", None) or str(e)
        raise ConfigError(source, mark.line + 1 if mark else None, "", f"not valid YAML: {problem}") from None
    if not isinstance(data, dict):
        raise ConfigError(source, 1, "", "the file must be a mapping with a 'sites:' list")
    try:
        cfg = Config.model_validate(data)
    except ValidationError as e:
        err = e.errors()[0]
        loc = tuple(p for p in err["loc"] if not (isinstance(p, str) and p.startswith(("function-", "literal"))))
        msg = err["msg"].removeprefix("Value error, ")
        if err["type"] == "missing":
            msg = "is required"
        elif err["type"] == "extra_forbidden":
            msg = "is not a known setting (check the spelling against contract.md)"
        extra = f" (and {len(e.errors()) - 1} more problem(s))" if len(e.errors()) > 1 else ""
        raise ConfigError(source, _line_for(data, loc), _field_name(data, loc), msg + extra) from None
    _check_holidays(cfg, data, source)
    cfg = _resolve_lexicons(cfg, data, source)
    return cfg.model_copy(update={"source": source})


def _resolve_lexicons(cfg: Config, data: Any, source: str) -> Config:
    """Lexicon paths made absolute against the config file's folder, and every file read once now:
    a missing or malformed lexicon is a config error (exit 2), not a crash after the crawl."""
    from robot.content.lexicon import LexiconError, read_file

    base = Path(source).resolve().parent if source and not source.startswith("<") else Path.cwd()
    sites = []
    for i, site in enumerate(cfg.sites):
        paths = []
        for j, p in enumerate(site.lexicons):
            path = Path(p) if Path(p).is_absolute() else base / p
            try:
                read_file(path)
            except LexiconError as e:
                loc = ("sites", i, "lexicons", j)
                raise ConfigError(source, _line_for(data, loc), f"sites[{i}].lexicons[{j}]", str(e)) from None
            paths.append(str(path))
        sites.append(site.model_copy(update={"lexicons": paths}) if paths else site)
    return cfg.model_copy(update={"sites": sites})


def _check_holidays(cfg: Config, data: Any, source: str) -> None:
    for year, spec in cfg.holidays.items():
        for kind in ("off", "work"):
            for i, item in enumerate(getattr(spec, kind)):
                try:
                    for part in str(item).split(".."):
                        d = date.fromisoformat(part.strip())
                        if d.year != year:
                            raise ValueError(f"{d} is not in {year}")
                except ValueError as e:
                    loc = ("holidays", year, kind, i)
                    raise ConfigError(source, _line_for(data, loc), f"holidays.{year}.{kind}[{i}]", str(e)) from None


def load_config(path: str | Path) -> Config:
    p = Path(path)
    try:
        text = p.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ConfigError(str(p), None, "", "no such file") from None
    except UnicodeDecodeError as e:
        raise ConfigError(str(p), None, "", f"not UTF-8 text ({e.reason} at byte {e.start})") from None
    except OSError as e:
        raise ConfigError(str(p), None, "", e.strerror or str(e)) from None
    return parse_config(text, str(p))
