"""Notifications against a local SMTP server and a local webhook receiver, including receivers that
are down (the message waits in the outbox and goes out on the next flush)."""

from __future__ import annotations

import base64
import email
import email.policy
import hashlib
import hmac
import json
import logging
import socket
import socketserver
import threading
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from email.message import EmailMessage
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest

from robot import daemon as daemon_mod
from robot.api import RunResult
from robot.config import Config, parse_config
from robot.notify import WECOM_LIMIT, Message, Notifier, WebhookReceiver, alert_message
from robot.store import Store
from robot.store import probes as outbox

AS_OF = date(2024, 8, 1)
NOW = datetime(2024, 8, 1, 2, 0, tzinfo=UTC)


# --- local receivers ---------------------------------------------------------------------------


class _SMTPHandler(socketserver.StreamRequestHandler):
    """Just enough SMTP (RFC 5321) for smtplib: EHLO/HELO, MAIL, RCPT, DATA, RSET, NOOP, QUIT."""

    def reply(self, line: str) -> None:
        self.wfile.write(line.encode() + b"\r\n")

    def handle(self) -> None:
        server: SMTPServer = self.server.owner  # type: ignore[attr-defined]
        self.reply("220 localhost test SMTP")
        sender, rcpts = "", []
        while True:
            raw = self.rfile.readline()
            if not raw:
                return
            cmd = raw.decode("utf-8", "replace").strip()
            verb = cmd.split(" ", 1)[0].upper()
            if verb in ("EHLO", "HELO"):
                self.reply("250 localhost")
            elif verb == "MAIL":
                sender, rcpts = cmd.split(":", 1)[1].strip(" <>"), []
                self.reply("250 OK")
            elif verb == "RCPT":
                rcpts.append(cmd.split(":", 1)[1].strip(" <>"))
                self.reply("250 OK")
            elif verb == "DATA":
                self.reply("354 end with <CR><LF>.<CR><LF>")
                lines = []
                while (line := self.rfile.readline()) not in (b".\r\n", b""):
                    lines.append(line[1:] if line.startswith(b"..") else line)
                msg = email.message_from_bytes(b"".join(lines), policy=email.policy.default)
                server.messages.append((sender, rcpts, msg))
                self.reply("250 queued")
            elif verb in ("RSET", "NOOP"):
                self.reply("250 OK")
            elif verb == "QUIT":
                self.reply("221 bye")
                return
            else:
                self.reply("502 not implemented")


class SMTPServer:
    def __init__(self, port: int = 0) -> None:
        self.messages: list[tuple[str, list[str], EmailMessage]] = []
        socketserver.ThreadingTCPServer.allow_reuse_address = True
        self.server = socketserver.ThreadingTCPServer(("127.0.0.1", port), _SMTPHandler)
        self.server.daemon_threads = True
        self.server.owner = self  # type: ignore[attr-defined]
        self.port = self.server.server_address[1]
        threading.Thread(target=self.server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True).start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


class Hook:
    """A webhook receiver: records each POST; answers errcode 0, or what ``answers`` says first."""

    def __init__(self) -> None:
        self.posts: list[tuple[str, dict[str, Any]]] = []
        self.answers: list[tuple[int, dict[str, Any]]] = []
        hook = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:  # noqa: N802
                body = self.rfile.read(int(self.headers["Content-Length"]))
                hook.posts.append((self.path, json.loads(body)))
                status, answer = hook.answers.pop(0) if hook.answers else (200, {"errcode": 0, "errmsg": "ok"})
                data = json.dumps(answer).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, *args: Any) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.base = f"http://127.0.0.1:{self.server.server_address[1]}"
        threading.Thread(target=self.server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True).start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture()
def smtp() -> Iterator[SMTPServer]:
    server = SMTPServer()
    yield server
    server.close()


@pytest.fixture()
def hook() -> Iterator[Hook]:
    h = Hook()
    yield h
    h.close()


def make_config(notify: str, site_notify: str = "") -> Config:
    return parse_config(f"""
notify:
{notify}
sites:
  - id: xinfeng
    name: 信丰县人民政府网
    url: "http://127.0.0.1:9/"
{site_notify}
  - {{id: anyuan, name: 安远县人民政府网, url: "http://127.0.0.1:9/ay/"}}
""")


def finding(rule: str, severity: str, n: int = 1, site: str = "xinfeng", **kw: Any) -> dict[str, Any]:
    return {"id": n, "rule": rule, "severity": severity, "site": site, "url": f"http://127.0.0.1:9/p{n}.html",
            "target": None, "message": f"{rule} 的问题 {n}", "fingerprint": f"fp-{site}-{rule}-{n}",
            "status": "open", "first_seen": AS_OF.isoformat(), **kw}


FINDINGS = [
    finding("privacy.id_number", "veto", 1, target="3607**********1234"),
    finding("link.broken", "high", 2),
    finding("text.typo", "medium", 3),  # neither alert nor warning: not sent
    finding("column.due_soon", "low", 4),
    finding("site.availability_warning", "medium", 5),
    finding("link.broken", "high", 6, status="ignored"),  # ignored: never announced
]


@pytest.fixture()
def store(tmp_path: Path) -> Iterator[Store]:
    with Store(f"sqlite:///{tmp_path}/n.db") as s:
        yield s


# --- messages ------------------------------------------------------------------------------------


def test_alert_message_lists_new_alerts_then_warnings() -> None:
    m = alert_message("信丰县人民政府网", "xinfeng", AS_OF, [f for f in FINDINGS if f["status"] == "open"])
    assert m is not None
    assert m.title == "【政务网站巡检】信丰县人民政府网：新发现 1 项单项否决问题、1 项高问题、2 项预警"
    assert m.text.index("privacy.id_number") < m.text.index("link.broken") < m.text.index("预警")
    assert "3607**********1234" in m.text and "text.typo" not in m.text
    assert alert_message("x", "x", AS_OF, [finding("text.typo", "medium")]) is None


def test_webhook_payloads_in_the_wecom_and_dingtalk_formats() -> None:
    cfg = make_config("""  webhooks:
    - {kind: wecom, url: "http://127.0.0.1:9/cgi-bin/webhook/send?key=k"}
    - {kind: dingtalk, url: "http://127.0.0.1:9/robot/send?access_token=t"}""")
    wecom, ding = (WebhookReceiver(w) for w in cfg.notify.webhooks)
    assert wecom.payload("标题", "正文") == {"msgtype": "markdown", "markdown": {"content": "**标题**\n\n正文"}}
    assert ding.payload("标题", "正文") == {"msgtype": "markdown", "markdown": {"title": "标题",
                                                                                  "text": "### 标题\n\n正文"}}
    long = wecom.payload("标题", "\n".join(f"- 第 {i} 条问题：栏目长期未更新" for i in range(400)))
    content = long["markdown"]["content"]
    assert len(content.encode()) <= WECOM_LIMIT and content.endswith("其余见巡检报告）")
    assert "k" not in wecom.key and "access_token" not in ding.key  # outbox rows never hold the URL


# --- delivery ----------------------------------------------------------------------------------


def test_mail_and_webhooks_receive_new_findings_once(store: Store, smtp: SMTPServer, hook: Hook) -> None:
    cfg = make_config(f"""  smtp: {{host: 127.0.0.1, port: {smtp.port}, from: robot@xf.gov.cn, to: [ops@xf.gov.cn]}}
  webhooks:
    - {{kind: wecom, url: "{hook.base}/wecom?key=abc"}}
    - {{kind: dingtalk, url: "{hook.base}/ding?access_token=t", secret: SEC123}}""")
    n = Notifier(cfg, store, clock=lambda: NOW)
    assert n.announce_run(cfg.sites[0], FINDINGS, AS_OF) == 3
    assert n.flush() == (3, 0)
    [(sender, rcpts, mail)] = smtp.messages
    assert sender == "robot@xf.gov.cn" and rcpts == ["ops@xf.gov.cn"]
    assert "单项否决" in mail["Subject"]
    body = mail.get_content()
    assert "privacy.id_number" in body and "column.due_soon" in body and "site.availability_warning" in body
    assert "text.typo" not in body and "p6.html" not in body
    paths = {urlsplit(p).path: (p, payload) for p, payload in hook.posts}
    assert paths["/wecom"][1]["msgtype"] == "markdown" and "privacy.id_number" in paths["/wecom"][1]["markdown"]["content"]
    ding_path, ding = paths["/ding"]
    assert ding["markdown"]["title"].startswith("【政务网站巡检】")
    q = parse_qs(urlsplit(ding_path).query)  # 钉钉加签
    mac = hmac.new(b"SEC123", f"{q['timestamp'][0]}\nSEC123".encode(), hashlib.sha256).digest()
    assert q["sign"][0] == base64.b64encode(mac).decode() and q["access_token"] == ["t"]
    # the next run sees the same findings: nothing new to say
    assert n.announce_run(cfg.sites[0], FINDINGS, AS_OF) == 0
    assert n.announce_run(cfg.sites[0], [*FINDINGS, finding("link.broken", "high", 7)], AS_OF) == 3
    n.flush()
    assert len(smtp.messages) == 2 and "p7.html" in smtp.messages[1][2].get_content()
    assert "p2.html" not in smtp.messages[1][2].get_content()


def test_a_receiver_that_is_down_loses_nothing(store: Store, hook: Hook, caplog: pytest.LogCaptureFixture) -> None:
    port = free_port()  # nobody listens here yet
    cfg = make_config(f"""  smtp: {{host: 127.0.0.1, port: {port}, from: robot@xf.gov.cn, to: [ops@xf.gov.cn], timeout_s: 2}}
  webhooks:
    - {{kind: wecom, url: "{hook.base}/wecom"}}""")
    hook.answers = [(200, {"errcode": 93000, "errmsg": "invalid webhook url"}), (503, {"errmsg": "busy"})]
    n = Notifier(cfg, store, clock=lambda: NOW)
    n.announce_run(cfg.sites[0], FINDINGS[:2], AS_OF)
    n.queue(Message("第二条", "正文"), n.receivers())
    with caplog.at_level(logging.WARNING, logger="robot.notify"):
        assert n.flush() == (0, 4)  # each down receiver is tried once per flush
    assert "kept for the next try" in caplog.text and "errcode 93000" in caplog.text
    assert len(outbox.pending_messages(store)) == 4
    assert n.flush() == (0, 4)  # the hook answers 503 this time; the mail server is still down
    smtp = SMTPServer(port)  # both come back
    try:
        assert n.flush() == (4, 0)
        assert [m["Subject"] for _, _, m in smtp.messages][1] == "第二条"
    finally:
        smtp.close()
    assert outbox.pending_messages(store) == []
    assert len(hook.posts) == 2 + 2  # two failed tries, then both messages
    assert n.flush() == (0, 0)


def test_a_site_notify_replaces_the_top_level_one(store: Store, hook: Hook) -> None:
    cfg = make_config(f"""  webhooks: [{{kind: wecom, url: "{hook.base}/county"}}]""",
                      f"""    notify: {{webhooks: [{{kind: dingtalk, url: "{hook.base}/office"}}]}}""")
    n = Notifier(cfg, store, clock=lambda: NOW)
    n.announce_run(cfg.sites[0], FINDINGS[:1], AS_OF)
    n.announce_run(cfg.sites[1], [finding("link.broken", "high", 9, site="anyuan")], AS_OF)
    n.flush()
    assert sorted(urlsplit(p).path for p, _ in hook.posts) == ["/county", "/office"]
    office = next(payload for p, payload in hook.posts if p == "/office")
    assert "信丰县人民政府网" in office["markdown"]["text"]


def test_daily_summary(store: Store, hook: Hook) -> None:
    cfg = make_config(f"""  webhooks: [{{kind: wecom, url: "{hook.base}/all"}}]""")
    for i in range(24):
        outbox.record_probe(store, "xinfeng", NOW - timedelta(hours=i), ok=i != 3)
    n = Notifier(cfg, store, clock=lambda: NOW)
    result = RunResult(run_id=1, as_of=AS_OF, started_at="", finished_at="", sites=["xinfeng"], complete=True,
                       pages=[{}] * 12, findings=FINDINGS)
    assert n.daily_summary(AS_OF, {"xinfeng": result}) == 1  # one message for the two sites
    n.flush()
    [(_, payload)] = hook.posts
    text = payload["markdown"]["content"]
    assert "日报 2024-08-01" in text
    assert "已巡检 12 页" in text and "本次新发现 6 项" in text
    assert "24 小时 23/24（4.2% 不可用）" in text
    assert "安远县人民政府网（anyuan）" in text and "未运行" in text


# --- from the daemon -----------------------------------------------------------------------------


def test_the_daemon_notifies_after_each_run_and_sends_the_daily_summary(
    tmp_path: Path, hook: Hook, monkeypatch: pytest.MonkeyPatch,
) -> None:
    from robot.demo.server import SiteServer

    now = [datetime(2024, 8, 2, 0, 0, tzinfo=daemon_mod.TZ)]  # a Friday: daily monitoring only
    calls: list[dict[str, Any]] = []

    def fake_inspect(config: Config, **kw: Any) -> RunResult:
        calls.append(kw)
        site = kw["sites"][0]
        return RunResult(run_id=len(calls), as_of=kw["as_of"], started_at="", finished_at="", sites=[site],
                         complete=True, findings=[finding("homepage.stale", "veto", 1, site=site)])

    monkeypatch.setattr(daemon_mod.api, "inspect", fake_inspect)
    with SiteServer(Path(__file__).parent / "sites") as portal:
        cfg = parse_config(f"""
notify: {{webhooks: [{{kind: dingtalk, url: "{hook.base}/ding"}}]}}
sites:
  - {{id: xinfeng, name: 信丰县人民政府网, url: "{portal.url('/')}"}}
  - {{id: anyuan, name: 安远县人民政府网, url: "{portal.url('/')}"}}
""")
        for _ in range(2):  # two days, two daily runs per site
            d = daemon_mod.Daemon(cfg, db_url=f"sqlite:///{tmp_path}/d.db", evidence_dir=tmp_path, clock=lambda: now[0],
                                  sleep=lambda s: now.__setitem__(0, now[0] + timedelta(seconds=max(s, 1))))
            try:
                d.run(until=now[0] + timedelta(days=1))
            finally:
                d.close()
    assert len(calls) == 4
    titles = [payload["markdown"]["title"] for _, payload in hook.posts]
    alerts = [t for t in titles if "新发现" in t]
    assert sorted(alerts) == sorted(["【政务网站巡检】信丰县人民政府网：新发现 1 项单项否决问题",
                                     "【政务网站巡检】安远县人民政府网：新发现 1 项单项否决问题"])  # once each
    assert [t for t in titles if "日报" in t] == ["【政务网站巡检】日报 2024-08-02", "【政务网站巡检】日报 2024-08-03"]
