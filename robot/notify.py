"""Notifications of the daemon: new veto and high findings, early warnings, a daily summary.

Receivers (``notify:`` in the config; a site's own ``notify:`` replaces it for that site):

* mail over SMTP (:mod:`smtplib`; STARTTLS or TLS; the password from ``password_env``);
* group-robot webhooks: 企业微信 (``{"msgtype": "markdown", "markdown": {"content": …}}``) and 钉钉
  (``{"msgtype": "markdown", "markdown": {"title": …, "text": …}}``, signed when a ``secret`` is set).

Nothing is lost when a receiver is down: every message goes into the store's outbox first
(:mod:`robot.store.probes`) and leaves it only once a receiver took it; :meth:`Notifier.flush`
sends what is pending, logs a receiver that fails and retries it on the next flush. A finding
is announced once (its fingerprint is remembered). The daemon calls this after each run; a plain
``inspect`` does not notify.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import logging
import os
import smtplib
import ssl
import time
import urllib.parse
import urllib.request
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from email.message import EmailMessage
from email.utils import formatdate, make_msgid
from typing import Any, Protocol

from robot.config import Config, Notify, SiteConfig, SmtpSettings, Webhook
from robot.store import Store
from robot.store import probes as outbox

log = logging.getLogger(__name__)

ALERT_SEVERITIES = ("veto", "high")
EARLY_WARNINGS = frozenset({"column.due_soon", "site.availability_warning"})
LIVE = ("open", "confirmed")
SEVERITY_ZH = {"veto": "单项否决", "high": "高", "medium": "中", "low": "低"}
PREFIX = "【政务网站巡检】"
WECOM_LIMIT = 4096  # bytes of markdown content a 企业微信 group robot accepts
DINGTALK_LIMIT = 18000


class NotifyError(RuntimeError):
    """A receiver did not take a message (refused, down, answered with an error code)."""


class Receiver(Protocol):
    key: str  # stable name in the outbox; never the URL or a password

    def send(self, title: str, text: str) -> None: ...


def _digest(*parts: object) -> str:
    return hashlib.sha256("\x00".join(map(str, parts)).encode()).hexdigest()[:12]


class MailReceiver:
    def __init__(self, cfg: SmtpSettings) -> None:
        self.cfg = cfg
        self.key = f"smtp:{_digest(cfg.host, cfg.port, cfg.from_, *sorted(cfg.to))}"

    def send(self, title: str, text: str) -> None:
        c = self.cfg
        msg = EmailMessage()
        msg["Subject"] = title
        msg["From"] = c.from_
        msg["To"] = ", ".join(c.to)
        msg["Date"] = formatdate(localtime=True)
        msg["Message-ID"] = make_msgid(domain=c.from_.rpartition("@")[2] or None)
        msg.set_content(text)
        try:
            if c.ssl:
                smtp: smtplib.SMTP = smtplib.SMTP_SSL(c.host, c.port, timeout=c.timeout_s,
                                                      context=ssl.create_default_context())
            else:
                smtp = smtplib.SMTP(c.host, c.port, timeout=c.timeout_s)
            with smtp:
                if c.starttls and not c.ssl:
                    smtp.starttls(context=ssl.create_default_context())
                if c.username:
                    smtp.login(c.username, os.environ.get(c.password_env or "", ""))
                smtp.send_message(msg)
        except (OSError, smtplib.SMTPException) as e:
            raise NotifyError(f"mail via {c.host}:{c.port}: {type(e).__name__}: {e}") from None


class WebhookReceiver:
    def __init__(self, cfg: Webhook, timeout_s: float = 10.0) -> None:
        self.cfg = cfg
        self.timeout_s = timeout_s
        self.key = f"{cfg.kind}:{_digest(cfg.url)}"

    def payload(self, title: str, text: str) -> dict[str, Any]:
        if self.cfg.kind == "wecom":
            return {"msgtype": "markdown", "markdown": {"content": _clip(f"**{title}**\n\n{text}", WECOM_LIMIT)}}
        return {"msgtype": "markdown", "markdown": {"title": title, "text": _clip(f"### {title}\n\n{text}",
                                                                                  DINGTALK_LIMIT)}}

    def url(self) -> str:
        if self.cfg.kind != "dingtalk" or not self.cfg.secret:
            return self.cfg.url
        stamp = str(round(time.time() * 1000))  # 钉钉加签: HMAC-SHA256 of "timestamp\nsecret"
        mac = hmac.new(self.cfg.secret.encode(), f"{stamp}\n{self.cfg.secret}".encode(), hashlib.sha256).digest()
        sign = urllib.parse.quote_plus(base64.b64encode(mac).decode())
        return f"{self.cfg.url}{'&' if '?' in self.cfg.url else '?'}timestamp={stamp}&sign={sign}"

    def send(self, title: str, text: str) -> None:
        body = json.dumps(self.payload(title, text), ensure_ascii=False).encode()
        req = urllib.request.Request(self.url(), data=body, method="POST",
                                     headers={"Content-Type": "application/json; charset=utf-8"})
        where = f"{self.cfg.kind} webhook {urllib.parse.urlsplit(self.cfg.url).netloc}"
        try:
            with urllib.request.urlopen(req, timeout=self.timeout_s) as resp:  # noqa: S310 - configured URL
                answer = resp.read(65536)
        except OSError as e:  # URLError, HTTPError, timeouts, refused connections
            raise NotifyError(f"{where}: {type(e).__name__}: {e}") from None
        try:
            data = json.loads(answer or b"{}")
        except ValueError:
            return  # an answer that is not JSON but a 2xx: taken
        if isinstance(data, dict) and data.get("errcode", 0) not in (0, "0"):
            raise NotifyError(f"{where}: errcode {data.get('errcode')}: {data.get('errmsg', '')}")


def _clip(text: str, limit: int) -> str:
    """At most ``limit`` UTF-8 bytes, cut at a line break, saying that something was left out."""
    if len(text.encode()) <= limit:
        return text
    tail = "\n\n……（内容过长，其余见巡检报告）"
    room = limit - len(tail.encode())
    lines, used = [], 0
    for line in text.split("\n"):
        size = len(line.encode()) + 1
        if used + size > room:
            break
        lines.append(line)
        used += size
    return "\n".join(lines) + tail


def receivers_for(settings: Notify, timeout_s: float = 10.0) -> list[Receiver]:
    out: list[Receiver] = []
    if settings.smtp is not None:
        out.append(MailReceiver(settings.smtp))
    out.extend(WebhookReceiver(w, timeout_s) for w in settings.webhooks)
    return out


# --- what is said ----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Message:
    title: str
    text: str  # markdown (mail gets it as plain text)


def _line(f: Mapping[str, Any]) -> str:
    sev = SEVERITY_ZH.get(str(f.get("severity")), str(f.get("severity")))
    target = f" · {f['target']}" if f.get("target") else ""
    return f"- **[{sev}] {f['rule']}** {f['message']}{target}\n  {f['url']}"


def alert_message(site_name: str, site_id: str, as_of: date, findings: Sequence[Mapping[str, Any]]) -> Message | None:
    """New veto / high findings and early warnings of one site's run, or None when there are none."""
    alerts = [f for f in findings if f.get("severity") in ALERT_SEVERITIES]
    warnings = [f for f in findings if f.get("rule") in EARLY_WARNINGS and f not in alerts]
    if not alerts and not warnings:
        return None
    order = {s: i for i, s in enumerate(SEVERITY_ZH)}
    alerts.sort(key=lambda f: (order.get(str(f.get("severity")), 9), str(f.get("rule"))))
    counts = [f"{sum(1 for f in alerts if f.get('severity') == s)} 项{SEVERITY_ZH[s]}问题"
              for s in ALERT_SEVERITIES if any(f.get("severity") == s for f in alerts)]
    if warnings:
        counts.append(f"{len(warnings)} 项预警")
    title = f"{PREFIX}{site_name}：新发现 {'、'.join(counts)}"
    parts = [f"站点：{site_name}（{site_id}）  巡检日期：{as_of.isoformat()}"]
    if alerts:
        parts += ["", "**新发现的问题**", *(_line(f) for f in alerts)]
    if warnings:
        parts += ["", "**预警**（尚未超过限期，请及时处理）", *(_line(f) for f in warnings)]
    return Message(title, "\n".join(parts))


@dataclass(frozen=True, slots=True)
class SiteDay:
    """One site's line in the daily summary."""

    site: str
    name: str
    ran: bool
    complete: bool | None
    pages: int
    new_findings: int
    open_by_severity: Mapping[str, int]
    probes_24h: tuple[int, int]
    probes_7d: tuple[int, int]


def summary_message(day: date, rows: Sequence[SiteDay]) -> Message:
    lines = [f"日期：{day.isoformat()}  站点：{len(rows)} 个", ""]
    for r in rows:
        run = ("未运行" if not r.ran else f"已巡检 {r.pages} 页" + ("" if r.complete else "（未完成）"))
        open_ = "、".join(f"{SEVERITY_ZH[s]} {r.open_by_severity.get(s, 0)}" for s in SEVERITY_ZH)
        avail = []
        for label, (n, failed) in (("24 小时", r.probes_24h), ("7 天", r.probes_7d)):
            avail.append(f"{label} {n - failed}/{n}" + (f"（{failed / n:.1%} 不可用）" if n and failed else ""))
        lines += [f"**{r.name}（{r.site}）**", f"- 日监测：{run}，本次新发现 {r.new_findings} 项",
                  f"- 未整改问题：{open_}", f"- 首页可用性：{'；'.join(avail)}", ""]
    return Message(f"{PREFIX}日报 {day.isoformat()}", "\n".join(lines).rstrip())


# --- the notifier ----------------------------------------------------------------------------


def _utcnow() -> datetime:
    return datetime.now(UTC)


class Notifier:
    """Queues messages for the configured receivers in the store and sends what is pending."""

    def __init__(self, config: Config, store: Store, *, clock: Callable[[], datetime] = _utcnow,
                 timeout_s: float = 10.0) -> None:
        self.config, self.store, self.clock, self.timeout_s = config, store, clock, timeout_s
        self._warned: set[str] = set()

    def settings_for(self, site: SiteConfig | None) -> Notify:
        return site.notify if site is not None and site.notify is not None else self.config.notify

    def receivers(self, site: SiteConfig | None = None) -> list[Receiver]:
        return receivers_for(self.settings_for(site), self.timeout_s)

    def all_receivers(self) -> dict[str, Receiver]:
        out = {r.key: r for r in self.receivers()}
        for s in self.config.sites:
            out.update({r.key: r for r in self.receivers(s)})
        return out

    def queue(self, message: Message, receivers: Iterable[Receiver]) -> int:
        now = self.clock()
        n = 0
        for r in receivers:
            outbox.enqueue(self.store, r.key, message.title, message.text, now)
            n += 1
        return n

    def announce_run(self, site: SiteConfig, findings: Sequence[Mapping[str, Any]], as_of: date) -> int:
        """Queue the run's findings not announced before that call for it; returns messages queued."""
        wanted = [f for f in findings if f.get("status", "open") in LIVE
                  and (f.get("severity") in ALERT_SEVERITIES or f.get("rule") in EARLY_WARNINGS)]
        fresh = outbox.unnotified(self.store, (str(f["fingerprint"]) for f in wanted))
        new = [f for f in wanted if f["fingerprint"] in fresh]
        message = alert_message(site.name, site.id, as_of, new)
        if message is None:
            return 0
        receivers = self.receivers(site)
        queued = self.queue(message, receivers)
        if receivers:  # with nobody to tell, they stay unannounced until someone is configured
            outbox.mark_notified(self.store, fresh, self.clock())
        return queued

    def site_day(self, site: SiteConfig, result: Any | None) -> SiteDay:
        now = self.clock()
        open_by: dict[str, int] = {}
        for rec in self.store.findings(status="open", site=site.id):
            open_by[rec.severity] = open_by.get(rec.severity, 0) + 1
        findings = list(getattr(result, "findings", []) or [])
        return SiteDay(
            site=site.id, name=site.name, ran=result is not None,
            complete=getattr(result, "complete", None), pages=len(getattr(result, "pages", []) or []),
            new_findings=sum(1 for f in findings if str(f.get("first_seen")) == str(getattr(result, "as_of", ""))),
            open_by_severity=open_by,
            probes_24h=outbox.probe_counts(self.store, site.id, now - timedelta(days=1)),
            probes_7d=outbox.probe_counts(self.store, site.id, now - outbox.WINDOW),
        )

    def daily_summary(self, day: date, results: Mapping[str, Any]) -> int:
        """Queue the daily summary (日报): one message per receiver, listing the sites it serves."""
        groups: dict[str, tuple[list[Receiver], list[SiteConfig]]] = {}
        for site in self.config.sites:
            receivers = self.receivers(site)
            if not receivers:
                continue
            key = "|".join(sorted(r.key for r in receivers))
            groups.setdefault(key, (receivers, []))[1].append(site)
        n = 0
        for receivers, sites in groups.values():
            rows = [self.site_day(s, results.get(s.id)) for s in sites]
            n += self.queue(summary_message(day, rows), receivers)
        return n

    def flush(self) -> tuple[int, int]:
        """Send every pending message; ``(sent, failed)``. A receiver that fails is tried once per
        flush (its other messages wait for the next), logged, and nothing is dropped."""
        pending = outbox.pending_messages(self.store)
        if not pending:
            return 0, 0
        receivers = self.all_receivers()
        down: set[str] = set()
        sent = failed = 0
        for m in pending:
            r = receivers.get(m.receiver)
            if r is None:
                if m.receiver not in self._warned:
                    self._warned.add(m.receiver)
                    log.warning("notification %d waits: receiver %s is no longer configured", m.id, m.receiver)
                continue
            if m.receiver in down:
                failed += 1
                continue
            try:
                r.send(m.title, m.text)
            except NotifyError as e:
                down.add(m.receiver)
                failed += 1
                outbox.mark_failed(self.store, m.id, str(e))
                log.warning("notification %d not sent (attempt %d, kept for the next try): %s",
                            m.id, m.attempts + 1, e)
                continue
            except Exception as e:  # a receiver's bug must not stop the others or the daemon
                down.add(m.receiver)
                failed += 1
                outbox.mark_failed(self.store, m.id, f"{type(e).__name__}: {e}")
                log.exception("notification %d: receiver %s failed", m.id, m.receiver)
                continue
            outbox.mark_sent(self.store, m.id, self.clock())
            sent += 1
        if sent or failed:
            log.info("notifications: %d sent, %d waiting for a receiver that is down", sent, failed)
        return sent, failed
