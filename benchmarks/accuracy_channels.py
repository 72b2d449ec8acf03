"""Accuracy of the robot's channel probes on the held-out channel portal (markup its authors never saw).

Serves the three sites of ``benchmarks/holdout_channels/sites/`` (each at the root of its own
127.0.0.1 port, with the robot's own static ``SiteServer``), writes the config
``benchmarks/holdout_channels/sites.yaml`` with the real ports, runs

    zwgk-robot inspect --config CFG --checks interaction,application,guide --as-of 2025-10-31
                       --json OUT --db sqlite:///TMP/zwgk.db --evidence TMP/evidence

(exit status 0 or 1 both count as finished) and compares the result with
``benchmarks/holdout_channels/truth.yaml``:

* letters: per site, the ``channels[].messages`` found vs the truth, matched by the path of the
  letter's URL; how many ``submitted``, ``replied`` and ``workdays_to_reply`` are exactly right,
  with the wrong ones listed;
* findings: per rule (``interaction.*``, ``application.*``, ``guide.*``) TP, FP, FN, precision,
  recall, and overall. A finding matches a truth item when site and rule are equal, the path of its
  ``url`` (or of its ``target``, when that is a URL) is the item's ``url_path`` or one of its
  ``accept`` places (an entry ending in ``/`` accepts any page under it; host, port and
  ``index.html`` are ignored), and its ``target`` matches where the truth gives one (spaces
  removed; equal, or one contains the other, or an alias). A duplicate of a matched finding is a
  false positive.

It prints figures only: the exit status is 0 whenever a result was scored (even an empty one: the
channel probes may not exist yet) and non-zero only when something crashed (the robot's run did
not finish, or the self-check failed).

    .venv/bin/python benchmarks/accuracy_channels.py                 # serve, run the robot, score
    .venv/bin/python benchmarks/accuracy_channels.py --keep          # keep the temp folder
    .venv/bin/python benchmarks/accuracy_channels.py --result R.json # score a result you already have
    .venv/bin/python benchmarks/accuracy_channels.py --self-check    # the sites against the truth, and the scorer on the truth
    .venv/bin/python benchmarks/accuracy_channels.py --serve         # look at the sites in a browser
    .venv/bin/python benchmarks/accuracy_channels.py --holdout benchmarks/holdout_channels2  # another holdout folder
"""

from __future__ import annotations

import argparse
import copy
import io
import json
import re
import shlex
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urljoin, urlsplit

import yaml

REPO = Path(__file__).resolve().parent.parent
HOLD = REPO / "benchmarks" / "holdout_channels"
CHECKS = "interaction,application,guide"
PREFIXES = ("interaction.", "application.", "guide.")
RULES = (
    "interaction.unreplied", "interaction.unreplied_3_months", "interaction.reply_overdue",
    "interaction.channel_unavailable", "application.form_unavailable", "application.form_missing_field",
    "guide.wrong_contact", "guide.wrong_unit", "guide.missing_element",
)
_INDEX = re.compile(r"/(?:index|default)\.s?html?$", re.I)


# =============================================================================================
# Matching
# =============================================================================================


def norm_path(url: Any) -> str:
    """The comparable part of a URL: decoded path (``/x/index.html`` → ``/x/``) and sorted query."""
    if not isinstance(url, str) or not url.strip():
        return ""
    parts = urlsplit(url.strip())
    path = unquote(parts.path) or "/"
    if not path.startswith("/"):
        path = "/" + path
    path = _INDEX.sub("/", path)
    query = "&".join(sorted(p for p in parts.query.split("&") if p))
    return path + ("?" + query if query else "")


def _is_url(s: Any) -> bool:
    return isinstance(s, str) and s.startswith(("/", "http://", "https://"))


def _squash(s: str) -> str:
    return re.sub(r"\s+", "", s)


def target_matches(item: dict[str, Any], found: Any) -> bool:
    want = item.get("target")
    if want is None:
        return True
    if not isinstance(found, str) or not found.strip():
        return False
    got = _squash(found)
    for name in [want, *(item.get("target_aliases") or [])]:
        n = _squash(name)
        if n and (n == got or n in got or got in n):
            return True
    return False


def place_matches(item: dict[str, Any], path: str) -> bool:
    if not path:
        return False
    if path == norm_path(item["url_path"]):
        return True
    for acc in item.get("accept") or []:
        if acc.endswith("/"):
            if path.split("?", 1)[0].startswith(norm_path(acc)):
                return True
        elif path == norm_path(acc):
            return True
    return False


def url_matches(item: dict[str, Any], finding: dict[str, Any]) -> bool:
    paths = [norm_path(finding.get("url"))]
    if _is_url(finding.get("target")):
        paths.append(norm_path(finding["target"]))
    return any(place_matches(item, p) for p in paths)


# =============================================================================================
# Scoring
# =============================================================================================


@dataclass
class Miss:
    item: dict[str, Any]
    why: str = ""

    def line(self) -> str:
        it = self.item
        where = it.get("url_path") or norm_path(it.get("url")) or "?"
        target = it.get("target")
        extra = f"  target={target}" if target else ""
        why = f"  [{self.why}]" if self.why else ""
        return f"{it.get('site')}  {it.get('rule')}  {where}{extra}{why}"


@dataclass
class RuleScore:
    rule: str
    expected: int = 0
    tp: int = 0
    fp: list[Miss] = field(default_factory=list)
    fn: list[Miss] = field(default_factory=list)

    @property
    def precision(self) -> float | None:
        n = self.tp + len(self.fp)
        return self.tp / n if n else None

    @property
    def recall(self) -> float | None:
        n = self.tp + len(self.fn)
        return self.tp / n if n else None


@dataclass
class FindingReport:
    rules: dict[str, RuleScore]
    other_rules: dict[str, int]  # findings of rules outside the channel families, not scored
    other_sites: int  # channel findings on sites the truth does not know

    def total(self) -> RuleScore:
        t = RuleScore("overall")
        for r in self.rules.values():
            t.expected += r.expected
            t.tp += r.tp
            t.fp += r.fp
            t.fn += r.fn
        return t


def score_findings(result: dict[str, Any], truth: dict[str, Any]) -> FindingReport:
    """Compare the result's channel findings with the truth. Pure: no I/O."""
    items = [dict(e) for e in truth.get("findings", [])]
    sites = set(truth.get("sites") or [])
    rules = {r: RuleScore(r, expected=sum(1 for e in items if e["rule"] == r)) for r in RULES}
    for e in items:
        rules.setdefault(e["rule"], RuleScore(e["rule"], expected=sum(1 for x in items if x["rule"] == e["rule"])))
    matched = [False] * len(items)
    other: dict[str, int] = {}
    other_sites = 0
    for f in result.get("findings") or []:
        if not isinstance(f, dict):
            continue
        rule = str(f.get("rule", ""))
        if not rule.startswith(PREFIXES):
            other[rule] = other.get(rule, 0) + 1
            continue
        if f.get("site") not in sites:
            other_sites += 1
            continue
        rs = rules.setdefault(rule, RuleScore(rule))
        same = [i for i, e in enumerate(items) if e["site"] == f.get("site") and e["rule"] == rule]
        placed = [i for i in same if url_matches(items[i], f)]
        good = [i for i in placed if target_matches(items[i], f.get("target"))]
        free = [i for i in good if not matched[i]]
        if free:
            matched[free[0]] = True
            rs.tp += 1
        elif good:
            rs.fp.append(Miss(f, "duplicate of a finding already matched"))
        elif placed:
            want = items[placed[0]].get("target")
            rs.fp.append(Miss(f, f"right place, target {f.get('target')!r}, expected {want!r}"))
        elif same:
            rs.fp.append(Miss(f, "not planted here; this rule is expected on " + ", ".join(items[i]["url_path"] for i in same[:3])
                              + (" …" if len(same) > 3 else "")))
        else:
            rs.fp.append(Miss(f, "not planted on this site"))
    for i, e in enumerate(items):
        if not matched[i]:
            rules[e["rule"]].fn.append(Miss(e, e.get("why", "")[:140]))
    return FindingReport(rules, other, other_sites)


@dataclass
class LetterScore:
    site: str
    truth: int
    found: int = 0  # distinct letter pages in the result
    matched: int = 0
    duplicates: int = 0  # the same letter reported more than once
    no_url: int = 0  # messages without a URL of their own (cannot be matched)
    missing: list[str] = field(default_factory=list)
    extra: list[str] = field(default_factory=list)
    wd_right: int = 0
    wd_wrong: list[str] = field(default_factory=list)
    sub_right: int = 0
    sub_wrong: list[str] = field(default_factory=list)
    rep_right: int = 0
    rep_wrong: list[str] = field(default_factory=list)
    channels: list[str] = field(default_factory=list)  # what the result says of this site's channels


def _day(v: Any) -> str | None:
    """A result's date (``2024-04-01``, or a timestamp) as ``YYYY-MM-DD``; None stays None."""
    if v is None or v == "":
        return None
    m = re.match(r"(\d{4})-(\d{1,2})-(\d{1,2})", str(v))
    return f"{int(m[1]):04d}-{int(m[2]):02d}-{int(m[3]):02d}" if m else str(v)


def score_letters(result: dict[str, Any], truth: dict[str, Any]) -> dict[str, LetterScore]:
    out: dict[str, LetterScore] = {}
    channels = [c for c in (result.get("channels") or []) if isinstance(c, dict)]
    for site in truth.get("sites") or []:
        items = truth["letters"].get(site, {}).get("items", [])
        ls = LetterScore(site, len(items))
        by_path = {norm_path(it["url_path"]): it for it in items}
        seen: dict[str, dict[str, Any]] = {}
        for ch in channels:
            if ch.get("site") != site:
                continue
            msgs = [m for m in (ch.get("messages") or []) if isinstance(m, dict)]
            avail = ch.get("available")
            ls.channels.append(f"{ch.get('kind')} {norm_path(ch.get('url'))} available={avail} messages={len(msgs)}")
            for m in msgs:
                p = norm_path(m.get("url"))
                if not p:
                    ls.no_url += 1
                    continue
                if p in seen:
                    ls.duplicates += 1
                    continue
                seen[p] = m
        ls.found = len(seen)
        for p, m in seen.items():
            it = by_path.get(p)
            if it is None:
                ls.extra.append(p)
                continue
            ls.matched += 1
            title = it["title"]
            if _day(m.get("submitted")) == it["submitted"]:
                ls.sub_right += 1
            else:
                ls.sub_wrong.append(f"{p}  {title}: submitted truth {it['submitted']}, robot {m.get('submitted')}")
            if _day(m.get("replied")) == it["replied"]:
                ls.rep_right += 1
            else:
                ls.rep_wrong.append(f"{p}  {title}: replied truth {it['replied']}, robot {m.get('replied')}")
            got = m.get("workdays_to_reply")
            if isinstance(got, int) and not isinstance(got, bool) and got == it["workdays_to_reply"]:
                ls.wd_right += 1
            else:
                ls.wd_wrong.append(f"{p}  {title}: truth {it['workdays_to_reply']} "
                                   f"({it['submitted']} → {it['replied'] or 'as-of, no reply'}), robot {got!r}")
        ls.missing = [it["url_path"] for p, it in by_path.items() if p not in seen]
        out[site] = ls
    return out


def _fmt(x: float | None) -> str:
    return "   -" if x is None else f"{x:4.2f}"


def format_report(letters: dict[str, LetterScore], rep: FindingReport, verbose: bool = True, limit: int = 12) -> str:
    lines = ["Letters (matched by the letter page's path)", ""]
    lines.append(f"  {'site':14} {'truth':>5} {'found':>5} {'match':>5} {'extra':>5}  {'submitted ok':>12} {'replied ok':>10} {'workdays ok':>11}")
    tot = [0] * 7
    for s, ls in letters.items():
        row = [ls.truth, ls.found, ls.matched, len(ls.extra), ls.sub_right, ls.rep_right, ls.wd_right]
        tot = [a + b for a, b in zip(tot, row, strict=True)]
        lines.append(f"  {s:14} {ls.truth:5d} {ls.found:5d} {ls.matched:5d} {len(ls.extra):5d}  "
                     f"{ls.sub_right:5d}/{ls.truth:<6d} {ls.rep_right:4d}/{ls.truth:<5d} {ls.wd_right:5d}/{ls.truth:<5d}")
    lines.append(f"  {'all':14} {tot[0]:5d} {tot[1]:5d} {tot[2]:5d} {tot[3]:5d}  {tot[4]:5d}/{tot[0]:<6d} {tot[5]:4d}/{tot[0]:<5d} {tot[6]:5d}/{tot[0]:<5d}")
    if tot[0]:
        lines.append(f"  letters found: {tot[2] / tot[0]:.2f} of the truth; workdays_to_reply exactly right: {tot[6] / tot[0]:.2f} "
                     f"of the truth ({tot[6]}/{tot[2]} of those found)")
    for s, ls in letters.items():
        notes = []
        if not ls.channels:
            notes.append("    no channel of this site in the result")
        notes += [f"    channel: {c}" for c in ls.channels]
        if ls.duplicates or ls.no_url:
            notes.append(f"    {ls.duplicates} duplicate message(s), {ls.no_url} without a URL")
        if ls.missing and not ls.matched:
            notes.append(f"    missing letters: all {len(ls.missing)}")
        for title, rows in (("wrong workdays_to_reply", ls.wd_wrong), ("wrong submitted", ls.sub_wrong),
                            ("wrong replied", ls.rep_wrong), ("missing letters", ls.missing if ls.matched else []),
                            ("not letters of the truth", ls.extra)):
            if rows:
                notes.append(f"    {title} ({len(rows)}):")
                shown = rows if verbose else rows[:limit]
                notes += [f"      {r}" for r in shown]
                if len(rows) > len(shown):
                    notes.append(f"      … and {len(rows) - len(shown)} more")
        if notes:
            lines.append(f"  {s}:")
            lines += notes
    lines += ["", "Channel findings", "", f"  {'rule':34} {'exp':>3} {'TP':>3} {'FP':>3} {'FN':>3} {'prec':>5} {'recall':>6}"]
    for r in sorted(rep.rules):
        rs = rep.rules[r]
        lines.append(f"  {r:34} {rs.expected:3d} {rs.tp:3d} {len(rs.fp):3d} {len(rs.fn):3d} {_fmt(rs.precision):>5} {_fmt(rs.recall):>6}")
    t = rep.total()
    lines.append(f"  {'overall':34} {t.expected:3d} {t.tp:3d} {len(t.fp):3d} {len(t.fn):3d} {_fmt(t.precision):>5} {_fmt(t.recall):>6}")
    lines.append(f"  precision={_fmt(t.precision).strip()} recall={_fmt(t.recall).strip()}")
    if rep.other_rules:
        lines.append("  not scored (other rule families): " + ", ".join(f"{k} {v}" for k, v in sorted(rep.other_rules.items())))
    if rep.other_sites:
        lines.append(f"  not scored: {rep.other_sites} channel finding(s) on unknown sites")
    if verbose:
        lines += ["", f"False positives ({len(t.fp)})"] + [f"  {m.line()}" for m in t.fp]
        lines += ["", f"False negatives ({len(t.fn)})"] + [f"  {m.line()}" for m in t.fn]
    return "\n".join(lines)


# =============================================================================================
# Serving and running
# =============================================================================================


def load_truth() -> dict[str, Any]:
    return yaml.safe_load((HOLD / "truth.yaml").read_text(encoding="utf-8"))


@contextmanager
def serve_sites(sites: list[str]) -> Iterator[dict[str, str]]:
    """Each site at the root of its own 127.0.0.1 port; yields {site: base URL}."""
    sys.path.insert(0, str(REPO))
    from robot.demo.server import SiteServer

    with ExitStack() as stack:
        bases = {}
        for s in sites:
            srv = stack.enter_context(SiteServer(HOLD / "sites" / s))
            bases[s] = srv.base
        yield bases


def make_config(bases: dict[str, str]) -> str:
    text = (HOLD / "sites.yaml").read_text(encoding="utf-8")
    for s, base in bases.items():
        text = text.replace("{base:" + s + "}", base)
    left = re.search(r"\{base:[a-z0-9-]+\}", text)
    if left:
        raise RuntimeError(f"sites.yaml names a site that is not served: {left.group(0)}")
    return text


def default_robot() -> list[str]:
    exe = REPO / ".venv" / "bin" / "zwgk-robot"
    return [str(exe)] if exe.exists() else [sys.executable, "-m", "robot"]


def robot_command(spec: str | None) -> list[str]:
    if not spec:
        return default_robot()
    argv = shlex.split(spec)
    if "/" in argv[0] and not Path(argv[0]).is_absolute():
        argv[0] = str(Path(argv[0]).absolute())
    return argv


def print_scores(result: dict[str, Any], truth: dict[str, Any], verbose: bool = True) -> None:
    letters = score_letters(result, truth)
    rep = score_findings(result, truth)
    print(format_report(letters, rep, verbose=verbose))


def run(args: argparse.Namespace) -> int:
    truth = load_truth()
    tmp = Path(tempfile.mkdtemp(prefix="zwgk-holdout-channels-"))
    code: int | None = None
    try:
        with serve_sites(truth["sites"]) as bases:
            cfg = tmp / "sites.yaml"
            cfg.write_text(make_config(bases), encoding="utf-8")
            out = tmp / "out.json"
            cmd = robot_command(args.robot) + [
                "inspect", "--config", str(cfg), "--checks", CHECKS, "--as-of", truth["as_of"],
                "--json", str(out), "--db", f"sqlite:///{tmp / 'zwgk.db'}", "--evidence", str(tmp / "evidence"),
            ]
            for s, b in bases.items():
                print(f"  {s:14} {b}")
            print("running: " + " ".join(shlex.quote(c) for c in cmd), flush=True)
            log = tmp / "robot.log"
            started = time.monotonic()
            with log.open("wb") as fh:
                try:
                    proc = subprocess.run(cmd, cwd=tmp, stdout=fh, stderr=subprocess.STDOUT, timeout=args.timeout, check=False)
                    code = proc.returncode
                except subprocess.TimeoutExpired:
                    code = None
                except OSError as e:
                    print(f"cannot start the robot: {e}")
                    code = -1
            wall = time.monotonic() - started
        print(f"robot exit status: {code if code is not None else f'killed after {args.timeout:.0f} s'}; wall time {wall:.1f} s")
        result: dict[str, Any] = {}
        finished = code in (0, 1) and out.exists()
        if finished:
            try:
                result = json.loads(out.read_text(encoding="utf-8"))
            except ValueError as e:
                print(f"the result JSON does not parse: {e}")
                finished = False
        if not finished:
            tail = log.read_text(encoding="utf-8", errors="replace").splitlines()[-20:] if log.exists() else []
            print("the robot did not finish normally; last lines of its output:")
            print("\n".join("  " + t for t in tail))
            print("scoring an empty result:\n")
        else:
            run_info = result.get("run") or {}
            print(f"run complete: {run_info.get('complete')}; pages {len(result.get('pages') or [])}; "
                  f"channels {len(result.get('channels') or [])}; findings {len(result.get('findings') or [])}\n")
        print_scores(result, truth, verbose=not args.brief)
        return 0 if finished else 1
    finally:
        if args.keep:
            print(f"kept: {tmp}")
        else:
            shutil.rmtree(tmp, ignore_errors=True)


# =============================================================================================
# Self-check: the sites against the truth (no robot), and the scorer on the truth itself
# =============================================================================================

_DATE = r"(\d{4})\s*(?:-|/|年)\s*(\d{1,2})\s*(?:-|/|月)\s*(\d{1,2})"
_SENT_LABELS = ("来信时间", "留言日期", "提交时间")
_REPLY_LABELS = ("回复时间", "答复日期", "办理时间")


def _fetch(url: str, timeout: float = 10) -> tuple[int | None, bytes]:
    try:
        with urllib.request.urlopen(urllib.request.Request(url, headers={"User-Agent": "holdout-check"}), timeout=timeout) as r:
            return r.status, r.read()
    except urllib.error.HTTPError as e:
        return e.code, e.read()
    except (urllib.error.URLError, OSError):
        return None, b""


def _text(body: bytes) -> str:
    s = body.decode("utf-8", "replace")
    s = re.sub(r"<script\b.*?</script>", " ", s, flags=re.S | re.I)
    s = re.sub(r"<[^>]+>", " ", s)
    return re.sub(r"[ \t\r\f\v]+", " ", s)


def _labelled(text: str, labels: tuple[str, ...]) -> list[str]:
    """Dates written right after one of ``labels`` (an independent reading of the pages)."""
    out = []
    for lab in labels:
        for m in re.finditer(re.escape(lab) + r"\s*[:：]?\s*" + _DATE, text):
            out.append(f"{int(m[1]):04d}-{int(m[2]):02d}-{int(m[3]):02d}")
    return out


def _digits(s: str) -> str:
    return re.sub(r"\D", "", s)


def _workdays(a: date, b: date) -> int:
    import chinese_calendar

    return sum(1 for i in range(1, (b - a).days + 1) if chinese_calendar.is_workday(a + timedelta(days=i)))


def _add_months(d: date, months: int) -> date:
    import calendar

    y, m = divmod(d.month - 1 + months, 12)
    y, m = d.year + y, m + 1
    return date(y, m, min(d.day, calendar.monthrange(y, m)[1]))


def _expected_rules(sent: date, replied: date | None, as_of: date) -> set[str]:
    """The scorer's own derivation of the letter rules (cross-checks the generator's)."""
    if replied is not None:
        return {"interaction.reply_overdue"} if _workdays(sent, replied) > 5 else set()
    out = {"interaction.unreplied"} if _workdays(sent, as_of) > 5 else set()
    if _add_months(sent, 3) < as_of and sent >= _add_months(as_of, -12):
        out.add("interaction.unreplied_3_months")
    return out


def check_site(verbose: bool = True) -> list[str]:
    """Serve the sites and check, with urllib (and Chromium when installed), that they say what the truth says."""
    truth = load_truth()
    as_of = date.fromisoformat(truth["as_of"])
    problems: list[str] = []
    cfg_all = yaml.safe_load((HOLD / "sites.yaml").read_text(encoding="utf-8"))
    cfg = {s["id"]: s for s in cfg_all["sites"]}
    if set(cfg) != set(truth["sites"]):
        problems.append(f"sites.yaml sites {sorted(cfg)} != truth sites {sorted(truth['sites'])}")
    with serve_sites(truth["sites"]) as bases:
        # the config parses with the robot's own loader once the ports are in
        try:
            sys.path.insert(0, str(REPO))
            from robot.config import parse_config

            parsed = parse_config(make_config(bases), "sites.yaml")
            if verbose:
                print(f"  config: parses ({len(parsed.sites)} sites)")
        except ImportError:
            pass
        except Exception as e:  # noqa: BLE001 - any config error is a problem of the holdout
            problems.append(f"sites.yaml does not parse: {e}")
        for site in truth["sites"]:
            base = bases[site]
            board = truth["letters"][site]["board"]
            # crawl the static links from the homepage
            status: dict[str, int | None] = {}
            linked: dict[str, str] = {}
            queue = ["/"]
            while queue:
                path = queue.pop(0)
                if path in status:
                    continue
                st, body = _fetch(urljoin(base, path))
                status[path] = st
                if st != 200 or not path.split("?")[0].endswith((".html", "/")):
                    continue
                for m in re.finditer(r'(?:href|src)\s*=\s*"([^"]+)"', body.decode("utf-8", "replace")):
                    raw = m.group(1)
                    if raw.startswith(("javascript:", "#", "mailto:")):
                        continue
                    absu = urljoin(urljoin(base, path), raw)
                    if not absu.startswith(base):
                        continue
                    ref = "/" + absu[len(base):].split("#")[0]
                    linked.setdefault(ref, path)
                    if ref not in status and ref not in queue:
                        queue.append(ref)
            bad = {p: s for p, s in status.items() if s != 200}
            want404 = set(truth.get("on_purpose_404", {}).get(site, []))
            for p, s in bad.items():
                if p not in want404:
                    problems.append(f"{site}: unplanted broken reference {p} ({s}) linked from {linked.get(p)}")
            for p in want404:
                if p not in linked:
                    problems.append(f"{site}: planted 404 {p} is linked from nowhere")
                elif status.get(p) != 404:
                    problems.append(f"{site}: planted 404 {p} answers {status.get(p)}")
            # letters: reachable from the list pages (or their data), dates as the truth says
            listed: set[str] = set()
            for lp in board["list_pages"] + board.get("data", []):
                st, body = _fetch(urljoin(base, lp))
                if st != 200:
                    problems.append(f"{site}: list page {lp} answers {st}")
                    continue
                src = body.decode("utf-8", "replace")
                page_url = urljoin(base, lp)
                listed |= {norm_path(urljoin(page_url, r)) for r in re.findall(r'href="([^"]+)"', src)}
                # a JSON list's relative URLs are resolved against the list page that renders it
                listed |= {norm_path(urljoin(urljoin(base, board["entry"]), r)) for r in re.findall(r'"url"\s*:\s*"([^"]+)"', src)}
            for it in truth["letters"][site]["items"]:
                p = it["url_path"]
                if norm_path(p) not in listed:
                    problems.append(f"{site}: letter {p} is on no list page")
                st, body = _fetch(urljoin(base, p))
                if st != 200:
                    problems.append(f"{site}: letter {p} answers {st}")
                    continue
                text = _text(body)
                sent = _labelled(text, _SENT_LABELS)
                reps = _labelled(text, _REPLY_LABELS)
                if sent != [it["submitted"]]:
                    problems.append(f"{site}: letter {p}: sent dates on the page {sent}, truth {it['submitted']}")
                if reps != ([it["replied"]] if it["replied"] else []):
                    problems.append(f"{site}: letter {p}: reply dates on the page {reps}, truth {it['replied']}")
                s_d = date.fromisoformat(it["submitted"])
                r_d = date.fromisoformat(it["replied"]) if it["replied"] else None
                wd = _workdays(s_d, r_d or as_of)
                if wd != it["workdays_to_reply"]:
                    problems.append(f"{site}: letter {p}: workdays {wd} by the scorer, {it['workdays_to_reply']} in the truth")
                want = _expected_rules(s_d, r_d, as_of)
                have = {f["rule"] for f in truth["findings"] if f["site"] == site and f["url_path"] == p}
                if want != have or set(it["expect"]) != want:
                    problems.append(f"{site}: letter {p}: rules {sorted(want)} by the scorer, {sorted(have)} in the findings, "
                                    f"{sorted(it['expect'])} in the letter")
            # site-specific channel facts, read from the pages
            problems += _check_channels(site, base, cfg[site], truth)
        rendered = _check_rendered(bases, truth, verbose)
        if isinstance(rendered, list):
            problems += rendered
    n_letters = sum(len(v["items"]) for v in truth["letters"].values())
    if verbose:
        print(f"  {len(truth['sites'])} sites, {n_letters} letters, {len(truth['findings'])} expected findings checked")
    return problems


def _check_channels(site: str, base: str, cfg: dict[str, Any], truth: dict[str, Any]) -> list[str]:
    problems: list[str] = []
    items = {(f["rule"]): f for f in truth["findings"] if f["site"] == site and not f["rule"].startswith("interaction.unrep")
             and f["rule"] != "interaction.reply_overdue"}
    contact = cfg.get("contact") or {}
    board = truth["letters"][site]["board"]
    # the write page
    st, body = _fetch(urljoin(base, board["write"]))
    html_ = body.decode("utf-8", "replace")
    forms = [f for f in re.findall(r"<form\b.*?</form>", html_, flags=re.S | re.I) if "<textarea" in f]
    works = st == 200 and any(re.search(r'type="submit"|<button[^>]*>[^<]*提交', f) for f in forms)
    if works == ("interaction.channel_unavailable" in items):
        problems.append(f"{site}: write page {board['write']} answers {st} and works={works}, "
                        f"but the truth's channel_unavailable is {'interaction.channel_unavailable' in items}")
    # application: find the form (an HTML page with <form>, or a document)
    app = [f for r, f in items.items() if r.startswith("application.")]
    for f in app:
        if f["rule"] == "application.form_unavailable":
            st, body = _fetch(urljoin(base, f["url_path"]))
            src = body.decode("utf-8", "replace")
            docs = re.findall(r'href="([^"]+\.(?:docx?|pdf|wps|xlsx?))"', src, flags=re.I)
            forms = [urljoin(urljoin(base, f["url_path"]), h) for h in re.findall(r'href="([^"]+)"[^>]*>\s*在线申请', src)]
            if st != 200 or docs or not forms or any(_fetch(u)[0] == 200 for u in forms):
                problems.append(f"{site}: form_unavailable: page {st}, documents {docs}, online forms {forms} (one should 404)")
        if f["rule"] == "application.form_missing_field":
            st, body = _fetch(urljoin(base, f["url_path"]))
            if st != 200:
                problems.append(f"{site}: form {f['url_path']} answers {st}")
                continue
            if f["url_path"].endswith(".docx"):
                import docx

                d = docx.Document(io.BytesIO(body))
                text = "\n".join(p.text for p in d.paragraphs) + "\n" + "\n".join(
                    c.text for t in d.tables for row in t.rows for c in row.cells)
            else:
                text = _text(body)
            text = _squash(text)
            for name in [f["target"], *(f.get("target_aliases") or [])]:
                if _squash(name) in text:
                    problems.append(f"{site}: form {f['url_path']} is said to lack {f['target']} but contains {name!r}")
            if f["target"] == "获取方式" and re.search(r"载体|邮寄|自行领取|当面领取", text):
                problems.append(f"{site}: form {f['url_path']} offers a delivery choice although it lacks 获取方式")
            elements = {"申请人": ("申请人",), "联系方式": ("联系电话",), "所需信息描述": ("所需信息的内容描述",),
                        "受理机关": ("受理机关",), "获取方式": ("获取信息的方式", "获取方式")}
            for element, words in elements.items():
                if element != f["target"] and not any(w in text for w in words):
                    problems.append(f"{site}: form {f['url_path']} lacks {element} too (only {f['target']} is planted)")
    # guide
    guide_items = [f for r, f in items.items() if r.startswith("guide.")]
    guide_path = (cfg.get("channels") or {}).get("guide") or (guide_items[0]["url_path"] if guide_items else None)
    if guide_path is None:  # a correct, discovered guide: find it by its link text on the homepage
        st, body = _fetch(base)
        m = re.search(r'href="([^"]+)"[^>]*>[^<]*信息公开指南', body.decode("utf-8", "replace"))
        guide_path = m.group(1) if m else None
    if guide_path is None:
        return problems + [f"{site}: no guide found"]
    st, body = _fetch(urljoin(base, guide_path))
    text = _text(body)
    body_text = text.split("一、主动公开", 1)[-1].split("四、监督和救济", 1)[0]
    unit = re.search(r"名\s*称\s*[:：]\s*(\S+)", body_text)
    phone = re.search(r"联系电话\s*[:：]\s*(\S+)", body_text)
    addr = re.search(r"办公地址\s*[:：]\s*(\S+)", body_text)
    fax = re.search(r"传\s*真\s*[:：]\s*(\S+)", body_text)
    offers_fax = "传真申请" in body_text
    wrong_unit = not unit or unit.group(1) != contact.get("unit")
    wrong_contact = (not phone or _digits(phone.group(1)) != _digits(contact.get("phone", ""))
                     or not addr or addr.group(1) != contact.get("address"))
    missing = offers_fax and not fax
    for rule, is_bad in (("guide.wrong_unit", wrong_unit), ("guide.wrong_contact", wrong_contact), ("guide.missing_element", missing)):
        if is_bad != (rule in items):
            problems.append(f"{site}: guide {guide_path}: {rule} is {is_bad} on the page, {rule in items} in the truth "
                            f"(unit {unit and unit.group(1)}, phone {phone and phone.group(1)}, address {addr and addr.group(1)}, "
                            f"fax {fax and fax.group(1)}, offers fax {offers_fax})")
    if phone and phone.group(1) == contact.get("phone") and not items.get("guide.wrong_contact"):
        problems.append(f"{site}: the correct guide writes the phone exactly as the config does (no format variation)")
    return problems


def _check_rendered(bases: dict[str, str], truth: dict[str, Any], verbose: bool) -> list[str] | None:
    """Render the script-driven list pages in Chromium (when installed): every letter must appear."""
    chromium = shutil.which("chromium") or ("/usr/bin/chromium" if Path("/usr/bin/chromium").exists() else None)
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        chromium = None
    if not chromium:
        if verbose:
            print("  (Chromium/Playwright not available: script-rendered lists not checked)")
        return None
    problems: list[str] = []
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=chromium, args=["--no-sandbox"])
        try:
            page = browser.new_page()
            for site, info in truth["letters"].items():
                base = bases[site]
                seen: set[str] = set()
                for lp in info["board"]["list_pages"]:
                    page.goto(urljoin(base, lp), wait_until="networkidle")
                    hrefs = page.eval_on_selector_all("a[href]", "els => els.map(e => e.href)")
                    seen |= {norm_path(h) for h in hrefs}
                    if lp == info["board"]["list_pages"][0] and len(info["board"]["list_pages"]) > 1:
                        nxt = norm_path(urljoin(base, info["board"]["list_pages"][1]))
                        if nxt not in seen:
                            problems.append(f"{site}: the rendered first list page does not link page 2 ({nxt})")
                missing = [it["url_path"] for it in info["items"] if norm_path(it["url_path"]) not in seen]
                if missing:
                    problems.append(f"{site}: {len(missing)} letters not linked from the rendered list pages, e.g. {missing[:2]}")
                elif verbose:
                    print(f"  {site}: all {len(info['items'])} letters linked from the rendered list pages")
        finally:
            browser.close()
    return problems


def _perfect_result(truth: dict[str, Any], host: str = "http://127.0.0.1:45678") -> dict[str, Any]:
    channels = []
    for site, info in truth["letters"].items():
        msgs = [{"url": host + it["url_path"], "title": it["title"], "submitted": it["submitted"],
                 "replied": it["replied"], "workdays_to_reply": it["workdays_to_reply"]} for it in info["items"]]
        channels.append({"site": site, "kind": "message_board", "url": host + info["board"]["entry"], "available": True,
                         "messages": msgs})
    findings = []
    for n, e in enumerate(truth["findings"], 1):
        findings.append({"id": n, "rule": e["rule"], "site": e["site"], "url": host + e["url_path"], "target": e.get("target"),
                         "severity": "high", "message": "", "measured": {}})
    return {"run": {"complete": True}, "pages": [], "channels": channels, "findings": findings}


def self_check() -> int:
    truth = load_truth()
    failures: list[str] = []

    def check(cond: bool, what: str) -> None:
        if not cond:
            failures.append(what)

    print("1. the sites against the truth")
    for p in check_site():
        failures.append(p)
    n_find = len(truth["findings"])
    n_letters = sum(len(v["items"]) for v in truth["letters"].values())
    counts = {r: sum(1 for f in truth["findings"] if f["rule"] == r) for r in RULES}
    check(counts == {**counts, **(truth.get("counts") or {})}, "truth counts agree with its findings")
    check(all(counts[r] >= 1 for r in RULES), f"every rule is planted at least once: {counts}")

    print("\n2. the truth fed back as a result (must be 1.0 everywhere)\n")
    perfect = _perfect_result(truth)
    letters = score_letters(perfect, truth)
    rep = score_findings(perfect, truth)
    print(format_report(letters, rep, verbose=False))
    t = rep.total()
    check(t.tp == n_find and not t.fp and not t.fn and t.precision == 1.0 and t.recall == 1.0, "a perfect result: precision = recall = 1.0")
    check(all(rs.precision == 1.0 and rs.recall == 1.0 for rs in rep.rules.values()), "every rule 1.0 on the perfect result")
    check(sum(ls.wd_right for ls in letters.values()) == n_letters and sum(ls.matched for ls in letters.values()) == n_letters,
          "every letter found with the right workdays")

    # the same result with other hosts, index.html variants and timestamps still scores 1.0
    r = copy.deepcopy(perfect)
    for ch in r["channels"]:
        for m in ch["messages"]:
            m["url"] = m["url"].replace("127.0.0.1:45678", "localhost:1")
            m["submitted"] = m["submitted"] + "T09:15:00+08:00"
    for f in r["findings"]:
        if f["url"].endswith("/"):
            f["url"] += "index.html"
        if f.get("target"):
            f["target"] = " " + f["target"] + " "
    letters = score_letters(r, truth)
    check(sum(ls.sub_right for ls in letters.values()) == n_letters, "timestamps and other hosts still match")
    check(score_findings(r, truth).total().tp == n_find, "index.html and spaces still match")

    print("\n3. perturbations")
    # nothing found (the probes do not exist yet): zeros, no crash
    empty: dict[str, Any] = {"run": {}, "findings": []}
    letters = score_letters(empty, truth)
    rep = score_findings(empty, truth)
    check(sum(ls.found for ls in letters.values()) == 0 and rep.total().tp == 0 and len(rep.total().fn) == n_find, "an empty result: 0 found")
    text = format_report(letters, rep)
    check("no channel of this site" in text and "recall=0.00" in text, "the empty report prints")
    check(score_findings({"channels": None, "findings": None}, truth).total().tp == 0, "null fields do not crash")

    # a wrong working-day count and a missed letter
    r = copy.deepcopy(perfect)
    msgs = r["channels"][0]["messages"]
    msgs[0]["workdays_to_reply"] += 1
    msgs[1]["workdays_to_reply"] = None
    dropped = msgs.pop()
    msgs.append({"url": "http://x/art/2025/10/30/art_3101_28000.html", "title": "新闻", "submitted": "2025-10-30"})
    msgs.append(dict(msgs[2]))
    ls = score_letters(r, truth)[r["channels"][0]["site"]]
    check(len(ls.wd_wrong) == 2 and ls.missing == [truth["letters"][ls.site]["items"][-1]["url_path"]] and len(ls.extra) == 1
          and ls.duplicates == 1, f"wrong workdays, a missing letter, an extra and a duplicate are counted ({ls.wd_wrong}, {ls.missing}, {ls.extra})")
    check(norm_path(dropped["url"]) in {norm_path(m) for m in ls.missing}, "the dropped letter is listed as missing")

    # findings: a duplicate, a wrong target, a finding under an accepted place, an unknown site, another family
    r = copy.deepcopy(perfect)
    dup = next(f for f in r["findings"] if f["rule"] == "interaction.unreplied")
    r["findings"].append(dict(dup))
    mf = next(f for f in r["findings"] if f["rule"] == "application.form_missing_field" and f["target"] == "受理机关")
    mf["target"] = "申请人姓名"
    ca = next(f for f in r["findings"] if f["rule"] == "interaction.channel_unavailable")
    ca["url"] = ca["url"].rsplit("/hdjl/", 1)[0] + "/hdjl/wsly/wyly/"
    r["findings"].append({"rule": "guide.wrong_unit", "site": "somewhere-else", "url": "http://x/"})
    r["findings"].append({"rule": "link.broken", "site": "qingxi", "url": "http://x/"})
    letter_of_other_rule = next(f for f in truth["findings"] if f["rule"] == "interaction.unreplied")
    r["findings"].append({"rule": "interaction.reply_overdue", "site": letter_of_other_rule["site"],
                          "url": "http://x" + letter_of_other_rule["url_path"]})
    rep = score_findings(r, truth)
    t = rep.total()
    check(t.tp == n_find - 1 and len(t.fp) == 3 and len(t.fn) == 1,
          f"duplicate + wrong target + wrong rule = 3 FP, 1 FN (got TP {t.tp}, FP {len(t.fp)}, FN {len(t.fn)})")
    check(rep.rules["interaction.channel_unavailable"].tp == 1, "a finding on the write page under the board counts")
    check(rep.other_rules == {"link.broken": 1} and rep.other_sites == 1, "other families and sites are not scored")
    check(any("duplicate" in m.why for m in t.fp) and any("target" in m.why for m in t.fp), "FP reasons are given")
    mf2 = {"rule": "application.form_missing_field", "site": "baishi-nyj", "url": "http://x/zwgk/ysqgk/index.html", "target": "获取信息的方式"}
    rep = score_findings({"findings": [mf2]}, truth)
    check(rep.rules["application.form_missing_field"].tp == 1, "an alias of the target on the application page matches")

    print("\n".join(f"FAIL: {f}" for f in failures))
    print(f"self-check: {'passed' if not failures else f'{len(failures)} failure(s)'} "
          f"({n_letters} letters, {n_find} expected findings)")
    return 0 if not failures else 1


# =============================================================================================


def main(argv: list[str] | None = None) -> int:
    global HOLD
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0], formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--robot", help="the robot's command (default: .venv/bin/zwgk-robot)")
    ap.add_argument("--keep", action="store_true", help="keep the temp folder (config, db, evidence, out.json, robot.log)")
    ap.add_argument("--timeout", type=float, default=1800, help="seconds before the robot run is killed (default 1800)")
    ap.add_argument("--result", type=Path, help="score this result JSON instead of running the robot")
    ap.add_argument("--brief", action="store_true", help="shorter lists")
    ap.add_argument("--self-check", action="store_true", help="check the sites against the truth and the scorer on the truth")
    ap.add_argument("--serve", action="store_true", help="serve the sites until Ctrl-C")
    ap.add_argument("--holdout", type=Path, default=HOLD,
                    help="the holdout folder (sites/, sites.yaml, truth.yaml); default benchmarks/holdout_channels")
    args = ap.parse_args(argv)
    HOLD = args.holdout.resolve()
    if args.self_check:
        return self_check()
    if args.serve:
        truth = load_truth()
        with serve_sites(truth["sites"]) as bases:
            for s, b in bases.items():
                print(f"  {s:14} {b}")
            print("(Ctrl-C to stop)", flush=True)
            try:
                while True:
                    time.sleep(3600)
            except KeyboardInterrupt:
                pass
        return 0
    if args.result:
        truth = load_truth()
        print_scores(json.loads(args.result.read_text(encoding="utf-8")), truth, verbose=not args.brief)
        return 0
    return run(args)


if __name__ == "__main__":
    raise SystemExit(main())
