"""URL normalisation and scope: one definition used by the crawler, rules and fingerprints."""

from __future__ import annotations

import ipaddress
import posixpath
from collections.abc import Iterable, Sequence
from functools import lru_cache
from urllib.parse import parse_qsl, quote, unquote, urlencode, urljoin, urlsplit, urlunsplit

_DEFAULT_PORTS = {"http": 80, "https": 443}
# query parameters that never change what a page shows
_TRACKING = {"utm_source", "utm_medium", "utm_campaign", "utm_term", "utm_content", "spm", "from"}


@lru_cache(maxsize=100_000)  # the same links recur on every page of a site
def normalise(url: str, base: str | None = None) -> str:
    """Absolute, canonical form of ``url`` (resolved against ``base``) or '' when it cannot be one.

    Lower-case scheme and host, default port dropped, dot segments resolved, fragment dropped,
    tracking parameters dropped, query sorted, percent-encoding made uniform.
    """
    raw = (url or "").strip()
    if base:
        try:
            raw = urljoin(base, raw)
        except ValueError:
            return ""
    try:
        parts = urlsplit(raw)
        port = parts.port
    except ValueError:
        return ""
    scheme = parts.scheme.lower()
    if scheme not in ("http", "https") or not parts.hostname:
        return ""
    host = parts.hostname.lower()
    if ":" in host:  # IPv6 literal
        host = f"[{host}]"
    netloc = host if port in (None, _DEFAULT_PORTS[scheme]) else f"{host}:{port}"
    path = parts.path or "/"
    trailing = path.endswith("/")
    path = posixpath.normpath(unquote(path))
    if path in (".", "//"):
        path = "/"
    if trailing and not path.endswith("/"):
        path += "/"
    path = quote(path, safe="/%:@!$&'()*+,;=-._~")
    query = urlencode(
        sorted((k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if k not in _TRACKING)
    )
    return urlunsplit((scheme, netloc, path, query, ""))


def host_of(url: str) -> str:
    """``host[:port]`` of a URL as written in a site's ``scope`` list ('' when none)."""
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:
        return ""
    host = (parts.hostname or "").lower()
    if not host:
        return ""
    if port is None or port == _DEFAULT_PORTS.get(parts.scheme.lower()):
        return host
    return f"{host}:{port}"


def hostname_of(url: str) -> str:
    try:
        return (urlsplit(url).hostname or "").lower()
    except ValueError:
        return ""


def in_scope(url: str, scope: Sequence[str] | set[str]) -> bool:
    """True when the URL's host (with or without port) is one of ``scope``."""
    hp = host_of(url)
    if not hp:
        return False
    return hp in scope or hostname_of(url) in scope


def is_government(url: str, scope: list[str] | tuple[str, ...], government_domains: list[str] | tuple[str, ...]) -> bool:
    """Hosts under ``government_domains`` (e.g. gov.cn) or in the site's scope are government sites."""
    if in_scope(url, scope):
        return True
    host = hostname_of(url)
    return any(host == d or host.endswith("." + d) for d in government_domains)


def is_private_host(url: str) -> bool:
    """Loopback, private, link-local addresses and ``localhost``."""
    return is_private_hostname(hostname_of(url))


@lru_cache(maxsize=4096)  # a run checks thousands of URLs on a few hosts
def is_private_hostname(host: str) -> bool:
    """:func:`is_private_host` for a host name (an IPv6 literal with or without brackets)."""
    host = host.strip("[]")
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        ip = ipaddress.ip_address(host)
    except ValueError:
        return False
    return ip.is_private or ip.is_loopback or ip.is_link_local or ip.is_reserved


def path_of(url: str) -> str:
    try:
        return urlsplit(url).path or "/"
    except ValueError:
        return "/"


_INDEX_PAGES = ("index.html", "index.htm", "index.shtml", "index.jsp", "index.php", "index.asp", "index.aspx",
                "default.html", "default.htm", "default.aspx", "default.asp")


def page_key(url: str) -> str:
    """A URL with a trailing directory index page (``index.html``, ``default.aspx`` …) reduced to its
    folder: ``/col/gzdt/index.html`` and ``/col/gzdt/`` are one column on every CMS."""
    for name in _INDEX_PAGES:
        if url.lower().endswith("/" + name):
            return url[: -len(name)]
    return url


def column_key(url: str) -> str:
    """What one column is known by: :func:`page_key`, and a folder without its trailing slash
    (a config's ``/gk/tzgg`` and a menu's ``/gk/tzgg/``, which servers redirect to each other)."""
    key = page_key(url)
    if key.endswith("/") and "?" not in key and path_of(key) != "/":
        return key[:-1]
    return key


def _folder(url: str) -> str:
    path = path_of(url)
    return path[: path.rfind("/") + 1] or "/"


class SiteFence:
    """Where one configured site ends when other configured sites share its host.

    A county lists its portal and the department and township sites that a 集约化 platform serves
    from folders of the same host (``/``, ``/nyj/``, ``/tmz/``); they link to each other (the
    portal to its departments, each department back to the portal's homepage). Each is inspected
    as its own site, so one site's crawl does not walk into another's:

    * the folder of another site that does not hold this one (the portal's crawl stops at
      ``/nyj/``; the department's at ``/tmz/``) and another site's homepage are outside;
    * a site inside another's folder (``/nyj/`` under the portal's ``/``) keeps to its own folder
      when its homepage does (most of its links on the host lead into its folder): the portal's
      pages it links are the portal's. A site whose pages live elsewhere on the host (a JCMS
      department at ``/col/col1234/index.html`` with articles under ``/art/``) is not held to
      its folder, only kept out of the other sites' folders and homepages.

    Only configured sites fence each other: a site alone in its config keeps its whole host."""

    def __init__(self, home: str, neighbours: Iterable[str]) -> None:
        self.host = host_of(home)
        self.folder = _folder(home)
        self.homes: set[str] = set()
        self.walls: list[str] = []  # folders of other sites on this host that do not hold this one
        self.above = False  # another site's folder on this host holds this one
        self.contained = False  # the homepage keeps to its folder (learn_homepage)
        for other in neighbours:
            if host_of(other) != self.host or page_key(other) == page_key(home):
                continue
            self.homes.add(page_key(other))
            folder = _folder(other)
            if self.folder.startswith(folder):
                self.above = self.above or folder != self.folder
            else:
                self.walls.append(folder)

    def learn_homepage(self, links: Iterable[str]) -> None:
        """Whether this site keeps to its folder, from its homepage's links on the host."""
        if not self.above:
            return
        on_host = [path_of(u) for u in links if u and host_of(u) == self.host]
        inside = sum(1 for p in on_host if p.startswith(self.folder))
        self.contained = bool(on_host) and inside * 2 >= len(on_host)

    def outside(self, url: str) -> bool:
        """True when ``url`` belongs to another configured site."""
        if not self.homes or host_of(url) != self.host:
            return False
        if page_key(url.split("#", 1)[0]) in self.homes:
            return True
        path = path_of(url)
        if any(path.startswith(w) for w in self.walls):
            return True
        return self.contained and not path.startswith(self.folder)
