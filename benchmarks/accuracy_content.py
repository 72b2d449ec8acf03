"""Accuracy of the robot's content rules on the held-out content portal (markup its authors never saw).

Serves the three sites of ``benchmarks/holdout_content/sites/`` (each at the root of its own
127.0.0.1 port, with the robot's own static ``SiteServer``), writes the config
``benchmarks/holdout_content/sites.yaml`` with the real ports (and its ``lexicons/`` beside it), runs

    zwgk-robot inspect --config CFG --checks privacy,text,link.hidden,link.external_no_notice,
                       interpretation,meeting,annual_report,newmedia,homepage,site.identity_missing
                       --as-of 2025-06-30 --json OUT --db sqlite:///TMP/zwgk.db --evidence TMP/evidence

(exit status 0 or 1 both count as finished) and compares the result with
``benchmarks/holdout_content/truth.yaml`` (its header states the matching decisions):

* per rule, per family and overall: TP, FP, FN, precision, recall; lists of FPs and FNs;
* duplicates (a second finding for an item already matched) and tolerated findings are listed, not scored;
* decoys: which planted look-alikes were flagged, and by which finding;
* leaks: whether any planted raw ID or mobile number appears in the run's outputs (out.json, the
  database file, the evidence folder, the robot's stdout/stderr, anything else it wrote in its folder).

It prints figures only: the exit status is 0 whenever a result was scored and non-zero only when
something crashed (the robot's run did not finish, or the self-check failed).

    .venv/bin/python benchmarks/accuracy_content.py                 # serve, run the robot, score
    .venv/bin/python benchmarks/accuracy_content.py --keep          # keep the temp folder
    .venv/bin/python benchmarks/accuracy_content.py --result R.json # score a result you already have
    .venv/bin/python benchmarks/accuracy_content.py --self-check    # the sites against the truth, and the scorer on the truth
    .venv/bin/python benchmarks/accuracy_content.py --serve         # look at the sites in a browser
    .venv/bin/python benchmarks/accuracy_content.py --holdout benchmarks/holdout_content2   # another holdout folder
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
from datetime import date, datetime
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urljoin, urlsplit

import yaml

REPO = Path(__file__).resolve().parent.parent
HOLD = REPO / "benchmarks" / "holdout_content"
CHECKS = "privacy,text,link.hidden,link.external_no_notice,interpretation,meeting,annual_report,newmedia,homepage,site.identity_missing"
PREFIXES = tuple(p if p.count(".") else p + "." for p in CHECKS.split(","))
RULES = (
    "privacy.id_number", "privacy.phone", "text.typo", "text.sensitive", "link.hidden", "link.external_no_notice",
    "interpretation.missing", "interpretation.late", "interpretation.unlinked", "meeting.late",
    "annual_report.missing", "annual_report.summary_too_long", "annual_report.missing_section", "annual_report.inconsistent",
    "annual_report.duplicate", "newmedia.stale", "homepage.stale", "site.identity_missing",
)
_INDEX = re.compile(r"/(?:index|default)\.s?html?$", re.I)


def in_scope(rule: str) -> bool:
    return any(rule == p or rule.startswith(p) for p in PREFIXES)


def family(rule: str) -> str:
    return rule.split(".", 1)[0]


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


def norm_url(u: Any) -> str:
    """Scheme and host lower-cased, default port and trailing slash dropped."""
    if not isinstance(u, str):
        return ""
    s = urlsplit(u.strip())
    host = (s.hostname or "").lower()
    port = s.port
    if port and not ((s.scheme == "http" and port == 80) or (s.scheme == "https" and port == 443)):
        host += f":{port}"
    path = _INDEX.sub("/", unquote(s.path) or "/").rstrip("/")
    q = ("?" + s.query) if s.query else ""
    return f"{s.scheme.lower()}://{host}{path}{q}" if host else path + q


def _is_url(s: Any) -> bool:
    return isinstance(s, str) and s.startswith(("/", "http://", "https://"))


def _squash(s: str) -> str:
    return re.sub(r"\s+", "", s)


_MASKED = re.compile(r"^([0-9]*)[*＊●•xX×#]{2,}([0-9]*[0-9Xx]?)$")


def masked_matches(want_masked: str, raw: str | None, found: str) -> bool:
    """A masked (or unmasked) value in ``found`` consistent with the planted value."""
    f = re.sub(r"[\s\-]", "", found)
    if raw:
        if raw in f:
            return True
        m = _MASKED.match(f)
        if m:
            pre, suf = m.group(1), m.group(2)
            if len(pre) + len(suf) >= 4 and raw.startswith(pre) and raw.upper().endswith(suf.upper()):
                return True
        for tok in re.findall(r"[0-9][0-9*＊●•×#]{6,}[0-9Xx]", f):
            mm = _MASKED.match(tok)
            if mm and len(mm.group(1)) + len(mm.group(2)) >= 4 and raw.startswith(mm.group(1)) and raw.upper().endswith(mm.group(2).upper()):
                return True
        return False
    return _squash(want_masked) in f or f in _squash(want_masked)


def target_matches(item: dict[str, Any], found: Any, raw_by_mask: dict[str, str]) -> bool:
    want = item.get("target")
    if want is None:
        return True
    if not isinstance(found, str) or not found.strip():
        return item["rule"].startswith("privacy.")  # no target: the place decides (documented lenience)
    rule = item["rule"]
    if rule.startswith("privacy."):
        return masked_matches(want, raw_by_mask.get(item["site"] + "|" + want), found)
    if rule.startswith("link.") or _is_url(want):
        if want.startswith("/"):
            return norm_path(found) == norm_path(want) or norm_url(found).endswith(norm_url(want)) and norm_url(want) != ""
        return norm_url(found) == norm_url(want)
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
        if acc == "/":
            if path.split("?", 1)[0] == "/":
                return True
        elif acc.endswith("/"):
            if path.split("?", 1)[0].startswith(norm_path(acc)):
                return True
        elif path == norm_path(acc):
            return True
    return False


def url_matches(item: dict[str, Any], finding: dict[str, Any]) -> bool:
    paths = [norm_path(finding.get("url"))]
    t = finding.get("target")
    if _is_url(t) and not item["rule"].startswith("link."):
        paths.append(norm_path(t))
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

    def add(self, o: RuleScore) -> None:
        self.expected += o.expected
        self.tp += o.tp
        self.fp += o.fp
        self.fn += o.fn


@dataclass
class Report:
    rules: dict[str, RuleScore]
    duplicates: list[Miss]
    tolerated: list[Miss]
    decoys: list[tuple[dict[str, Any], list[dict[str, Any]]]]  # decoy, findings that hit it
    other_rules: dict[str, int]
    other_sites: int

    def families(self) -> dict[str, RuleScore]:
        out: dict[str, RuleScore] = {}
        for r, rs in self.rules.items():
            out.setdefault(family(r), RuleScore(family(r))).add(rs)
        return out

    def total(self) -> RuleScore:
        t = RuleScore("overall")
        for rs in self.rules.values():
            t.add(rs)
        return t


def _decoy_hit(d: dict[str, Any], f: dict[str, Any], raw: dict[str, str]) -> bool:
    if d["site"] != f.get("site") or f.get("rule") not in d["rules"]:
        return False
    item = {"rule": f["rule"], "site": d["site"], "url_path": d["url_path"], "accept": [], "target": None}
    if not url_matches(item, f):
        return False
    want = d.get("target")
    if want is None:
        return True
    got = f.get("target")
    if not isinstance(got, str):
        return True
    if f["rule"].startswith("link.") or _is_url(want):
        return target_matches({**item, "target": want, "rule": "link.x"}, got, raw)
    digits_w, digits_g = re.sub(r"\D", "", want), re.sub(r"\D", "", got)
    if digits_w and digits_g:
        return digits_g.endswith(digits_w[-4:]) or digits_w in digits_g
    return _squash(want) in _squash(got) or _squash(got) in _squash(want)


def score(result: dict[str, Any], truth: dict[str, Any]) -> Report:
    """Compare the result's findings with the truth. Pure: no I/O."""
    items = [dict(e) for e in truth.get("findings", [])]
    raw = _raw_by_mask(truth)
    sites = set(truth.get("sites") or [])
    rules = {r: RuleScore(r, expected=sum(1 for e in items if e["rule"] == r)) for r in RULES}
    for e in items:
        rules.setdefault(e["rule"], RuleScore(e["rule"], expected=sum(1 for x in items if x["rule"] == e["rule"])))
    matched = [False] * len(items)
    dups: list[Miss] = []
    tol: list[Miss] = []
    other: dict[str, int] = {}
    other_sites = 0
    decoys = [(d, []) for d in truth.get("decoys") or []]
    for f in result.get("findings") or []:
        if not isinstance(f, dict):
            continue
        rule = str(f.get("rule", ""))
        if not in_scope(rule):
            other[rule] = other.get(rule, 0) + 1
            continue
        if f.get("site") not in sites:
            other_sites += 1
            continue
        same = [i for i, e in enumerate(items) if e["site"] == f.get("site") and e["rule"] == rule]
        alt = [i for i, e in enumerate(items) if e["site"] == f.get("site") and rule in (e.get("alt_rules") or [])]
        placed = [i for i in same + alt if url_matches(items[i], f)]
        good = [i for i in placed if target_matches(items[i], f.get("target"), raw)]
        free = [i for i in good if not matched[i]]
        if free:
            matched[free[0]] = True
            rules[items[free[0]]["rule"]].tp += 1
            continue
        if good:
            dups.append(Miss(f, "duplicate of a finding already matched"))
            continue
        tmatch = [t for t in truth.get("tolerated") or [] if t["site"] == f.get("site") and rule in t["rules"]
                  and url_matches({"rule": rule, "url_path": t["url_path"], "accept": []}, f)
                  and (t.get("target") is None or norm_url(f.get("target")) == norm_url(t["target"]))]
        if tmatch:
            tol.append(Miss(f, tmatch[0]["why"]))
            continue
        rs = rules.setdefault(rule, RuleScore(rule))
        hits = [d for d, _ in decoys if _decoy_hit(d, f, raw)]
        for d, lst in decoys:
            if any(d is h for h in hits):
                lst.append(f)
        if hits:
            why = "DECOY: " + hits[0]["kind"]
        elif placed:
            want = items[placed[0]].get("target")
            why = f"right place, target {f.get('target')!r}, expected {want!r}"
        elif same:
            why = "not planted here; expected on " + ", ".join(items[i]["url_path"] for i in same[:3]) + (" …" if len(same) > 3 else "")
        else:
            why = "not planted on this site"
        rs.fp.append(Miss(f, why))
    for i, e in enumerate(items):
        if not matched[i]:
            rules[e["rule"]].fn.append(Miss(e, e.get("why", "")[:150]))
    return Report(rules, dups, tol, decoys, other, other_sites)


def _raw_by_mask(truth: dict[str, Any]) -> dict[str, str]:
    """site|masked target -> raw value (for the lenient masked comparison)."""
    out: dict[str, str] = {}
    raws = [r["value"] for r in truth.get("raw_values") or []]
    for e in truth.get("findings") or []:
        if e["rule"].startswith("privacy.") and e.get("target"):
            t = e["target"]
            pre, suf = t.split("*", 1)[0], t.rsplit("*", 1)[-1]
            cands = [r for r in raws if r.startswith(pre) and r.endswith(suf) and len(r) == len(t)]
            if len(cands) == 1:
                out[e["site"] + "|" + t] = cands[0]
    return out


def _fmt(x: float | None) -> str:
    return "   -" if x is None else f"{x:4.2f}"


def _mask_text(s: str, raws: list[str]) -> str:
    for r in raws:
        s = s.replace(r, r[:3] + "…" + r[-4:])
    return s


def format_report(rep: Report, verbose: bool = True, raws: list[str] | None = None) -> str:
    raws = raws or []
    head = f"  {'rule':34} {'exp':>3} {'TP':>3} {'FP':>3} {'FN':>3} {'prec':>5} {'recall':>6}"
    lines = ["Content findings", "", head]
    for r in RULES + tuple(sorted(set(rep.rules) - set(RULES))):
        rs = rep.rules.get(r)
        if rs is None:
            continue
        lines.append(f"  {r:34} {rs.expected:3d} {rs.tp:3d} {len(rs.fp):3d} {len(rs.fn):3d} {_fmt(rs.precision):>5} {_fmt(rs.recall):>6}")
    lines += ["", "Per family", "", head.replace("rule", "family")]
    for fam, rs in rep.families().items():
        lines.append(f"  {fam:34} {rs.expected:3d} {rs.tp:3d} {len(rs.fp):3d} {len(rs.fn):3d} {_fmt(rs.precision):>5} {_fmt(rs.recall):>6}")
    t = rep.total()
    lines.append(f"  {'overall':34} {t.expected:3d} {t.tp:3d} {len(t.fp):3d} {len(t.fn):3d} {_fmt(t.precision):>5} {_fmt(t.recall):>6}")
    lines.append(f"  precision={_fmt(t.precision).strip()} recall={_fmt(t.recall).strip()}")
    lines.append(f"  duplicates (not scored): {len(rep.duplicates)}; tolerated (not scored): {len(rep.tolerated)}")
    if rep.other_rules:
        lines.append("  not scored (rules outside the checked families): " + ", ".join(f"{k} {v}" for k, v in sorted(rep.other_rules.items())))
    if rep.other_sites:
        lines.append(f"  not scored: {rep.other_sites} finding(s) on unknown sites")
    flagged = [(d, hs) for d, hs in rep.decoys if hs]
    lines += ["", f"Decoys flagged: {len(flagged)} of {len(rep.decoys)}"]
    for d, hs in flagged:
        lines.append(f"  {d['site']}  {d['kind']}  {d['url_path']}  <- " + ", ".join(
            f"{h.get('rule')}({_mask_text(str(h.get('target')), raws)})" for h in hs[:4]) + (" …" if len(hs) > 4 else ""))
    if verbose:
        lines += ["", f"False positives ({len(t.fp)})"] + [f"  {_mask_text(m.line(), raws)}" for m in t.fp]
        lines += ["", f"False negatives ({len(t.fn)})"] + [f"  {m.line()}" for m in t.fn]
        if rep.duplicates:
            lines += ["", f"Duplicates ({len(rep.duplicates)})"] + [f"  {_mask_text(m.line(), raws)}" for m in rep.duplicates]
        if rep.tolerated:
            lines += ["", f"Tolerated ({len(rep.tolerated)})"] + [f"  {_mask_text(m.line(), raws)}" for m in rep.tolerated]
    return "\n".join(lines)


# =============================================================================================
# Leaks
# =============================================================================================


def leak_check(folder: Path, raws: list[dict[str, str]], skip: set[Path]) -> list[str]:
    """Files under ``folder`` holding a planted raw value (bytes, UTF-8 and UTF-16). Values are never printed."""
    hits: list[str] = []
    needles = []
    for r in raws:
        v = r["value"]
        needles.append((r, [v.encode("utf-8"), v.encode("utf-16-le")]))
    for p in sorted(folder.rglob("*")):
        if not p.is_file() or p in skip:
            continue
        try:
            data = p.read_bytes()
        except OSError:
            continue
        for r, ns in needles:
            if any(n in data for n in ns):
                v = r["value"]
                shown = v[:4] + "*" * (len(v) - 8) + v[-4:]
                hits.append(f"{p.relative_to(folder)}: raw {r['kind']} {shown}")
    return hits


# =============================================================================================
# Serving and running
# =============================================================================================


def load_truth() -> dict[str, Any]:
    return yaml.safe_load((HOLD / "truth.yaml").read_text(encoding="utf-8"))


@contextmanager
def serve_sites(sites: list[str]) -> Iterator[dict[str, str]]:
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


def write_config(folder: Path, bases: dict[str, str]) -> Path:
    cfg = folder / "sites.yaml"
    cfg.write_text(make_config(bases), encoding="utf-8")
    shutil.copytree(HOLD / "lexicons", folder / "lexicons", dirs_exist_ok=True)
    return cfg


def robot_command(spec: str | None) -> list[str]:
    if not spec:
        exe = REPO / ".venv" / "bin" / "zwgk-robot"
        return [str(exe)] if exe.exists() else [sys.executable, "-m", "robot"]
    argv = shlex.split(spec)
    if "/" in argv[0] and not Path(argv[0]).is_absolute():
        argv[0] = str(Path(argv[0]).absolute())
    return argv


def run(args: argparse.Namespace) -> int:
    truth = load_truth()
    raws = [r["value"] for r in truth.get("raw_values") or []]
    tmp = Path(tempfile.mkdtemp(prefix="zwgk-holdout-content-"))
    code: int | None = None
    try:
        with serve_sites(truth["sites"]) as bases:
            cfg = write_config(tmp, bases)
            out = tmp / "out.json"
            cmd = robot_command(args.robot) + [
                "inspect", "--config", str(cfg), "--checks", CHECKS, "--as-of", truth["as_of"],
                "--json", str(out), "--db", f"sqlite:///{tmp / 'zwgk.db'}", "--evidence", str(tmp / "evidence"),
            ]
            for s, b in bases.items():
                print(f"  {s:14} {b}")
            print("running: " + " ".join(shlex.quote(c) for c in cmd), flush=True)
            started = time.monotonic()
            with (tmp / "robot.stdout").open("wb") as so, (tmp / "robot.stderr").open("wb") as se:
                try:
                    proc = subprocess.run(cmd, cwd=tmp, stdout=so, stderr=se, timeout=args.timeout, check=False)
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
            tail = []
            for n in ("robot.stdout", "robot.stderr"):
                p = tmp / n
                if p.exists():
                    tail += p.read_text(encoding="utf-8", errors="replace").splitlines()[-15:]
            print("the robot did not finish normally; last lines of its output:")
            print("\n".join("  " + _mask_text(t, raws) for t in tail))
            print("scoring an empty result:\n")
        else:
            run_info = result.get("run") or {}
            print(f"run complete: {run_info.get('complete')}; pages {len(result.get('pages') or [])}; "
                  f"findings {len(result.get('findings') or [])}\n")
        print(format_report(score(result, truth), verbose=not args.brief, raws=raws))
        hits = leak_check(tmp, truth.get("raw_values") or [], skip={cfg} | set((tmp / "lexicons").rglob("*")))
        checked = ["out.json", "zwgk.db", "evidence/", "robot.stdout", "robot.stderr", "other files in the run folder"]
        print(f"\nLeak check ({len(raws)} planted raw values; searched {', '.join(checked)}): "
              + ("NO raw value found" if not hits else f"LEAKED in {len(hits)} place(s)"))
        for h in hits[:40]:
            print(f"  {h}")
        return 0 if finished else 1
    finally:
        if args.keep:
            print(f"kept: {tmp}")
        else:
            shutil.rmtree(tmp, ignore_errors=True)


# =============================================================================================
# Self-check
# =============================================================================================


def _fetch(url: str, timeout: float = 10) -> tuple[int | None, bytes]:
    try:
        with urllib.request.urlopen(urllib.request.Request(url, headers={"User-Agent": "holdout-check"}), timeout=timeout) as r:
            return r.status, r.read()
    except urllib.error.HTTPError as e:
        return e.code, e.read()
    except (urllib.error.URLError, OSError):
        return None, b""


def _body_text(path: str, data: bytes) -> str:
    if path.endswith(".xlsx"):
        import openpyxl

        wb = openpyxl.load_workbook(io.BytesIO(data), read_only=True)
        return "\n".join(" ".join(str(c) for c in row if c is not None) for ws in wb.worksheets for row in ws.iter_rows(values_only=True))
    if path.endswith(".docx"):
        import docx

        d = docx.Document(io.BytesIO(data))
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                parts.append(" ".join(c.text for c in row.cells))
        return "\n".join(parts)
    return data.decode("utf-8", "replace")


def _valid_id(v: str) -> bool:
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    if not re.fullmatch(r"\d{17}[\dX]", v):
        return False
    try:
        datetime.strptime(v[6:14], "%Y%m%d")
    except ValueError:
        return False
    return "10X98765432"[sum(int(a) * b for a, b in zip(v[:17], w, strict=True)) % 11] == v[17]


def check_sites(truth: dict[str, Any]) -> list[str]:
    problems: list[str] = []
    as_of = date.fromisoformat(truth["as_of"])
    with serve_sites(truth["sites"]) as bases:
        try:
            sys.path.insert(0, str(REPO))
            from robot.config import parse_config

            tmp = Path(tempfile.mkdtemp(prefix="zwgk-content-check-"))
            try:
                cfg = write_config(tmp, bases)
                parse_config(cfg.read_text(encoding="utf-8"), str(cfg))
                print("  config: parses")
            finally:
                shutil.rmtree(tmp, ignore_errors=True)
        except ImportError:
            pass
        except Exception as e:  # noqa: BLE001
            problems.append(f"sites.yaml does not parse: {e}")
        pages: dict[str, dict[str, bytes]] = {}
        for site in truth["sites"]:
            base = bases[site]
            status: dict[str, int | None] = {}
            body: dict[str, bytes] = {}
            queue = ["/"]
            while queue:
                path = queue.pop(0)
                if path in status:
                    continue
                st, data = _fetch(urljoin(base, path))
                status[path] = st
                body[path] = data
                if st != 200 or not (path.endswith((".html", ".shtml", "/"))):
                    continue
                for m in re.finditer(r'(?:href|src)\s*=\s*"([^"]+)"', data.decode("utf-8", "replace")):
                    absu = urljoin(urljoin(base, path), m.group(1))
                    if not absu.startswith(base) or m.group(1).startswith(("javascript:", "#")):
                        continue
                    ref = "/" + absu[len(base):].split("#")[0]
                    if ref not in status and ref not in queue:
                        queue.append(ref)
            for p, s in status.items():
                if s != 200:
                    problems.append(f"{site}: {p} answers {s}")
            pages[site] = body
            print(f"  {site}: {len(status)} files reachable from the homepage, {sum(1 for s in status.values() if s != 200)} not 200")
        for e in truth["findings"]:
            site, path = e["site"], e["url_path"]
            if path not in pages[site]:
                st, _ = _fetch(urljoin(bases[e["site"]], path))
                problems.append(f"{site}: {e['rule']} at {path} is not linked from the site (status {st})")
        raws = truth.get("raw_values") or []
        for e in truth["findings"]:
            if not e["rule"].startswith("privacy."):
                continue
            text = _body_text(e["url_path"], pages[e["site"]].get(e["url_path"], b""))
            t = e["target"]
            pre, suf = t.split("*", 1)[0], t.rsplit("*", 1)[-1]
            found = [r["value"] for r in raws if r["value"].startswith(pre) and r["value"].endswith(suf) and r["value"] in text]
            if len(found) != 1:
                problems.append(f"{e['site']}: {e['rule']} {t}: the raw value is not on {e['url_path']}")
            elif e["rule"] == "privacy.id_number" and not _valid_id(found[0]):
                problems.append(f"{e['site']}: planted ID {t} is not a valid GB 11643 number")
        for d in truth.get("decoys") or []:
            if d["url_path"] not in pages[d["site"]]:
                problems.append(f"{d['site']}: decoy '{d['kind']}' at {d['url_path']} is not linked from the site")
            if "privacy.id_number" in d["rules"]:
                text = _body_text(d["url_path"], pages[d["site"]].get(d["url_path"], b""))
                planted = {r["value"] for r in raws}
                bad = [v for v in re.findall(r"(?<!\d)\d{17}[\dX](?!\d)", text) if _valid_id(v) and v not in planted]
                if bad:
                    problems.append(f"{d['site']}: decoy page {d['url_path']} holds a valid unmasked ID that is not planted")
        # feeds: the newest date of each feed against the truth's reading
        for site, body in pages.items():
            for p, data in body.items():
                if p.endswith((".xml", ".atom")):
                    txt = data.decode("utf-8", "replace")
                    days = [datetime.strptime(x, "%d %b %Y").date() for x in re.findall(r"<pubDate>\w+, (\d+ \w+ \d{4})", txt)]
                    days += [date.fromisoformat(x) for x in re.findall(r"<updated>(\d{4}-\d\d-\d\d)", txt)]
                    newest = max(days)
                    stale = (as_of - newest).days > 14
                    expected = any(e["rule"] == "newmedia.stale" and e["url_path"] == p for e in truth["findings"])
                    if stale != expected:
                        problems.append(f"{site}: feed {p} newest {newest} ({(as_of - newest).days} days) vs truth stale={expected}")
        # every planted wrong word is on its page exactly where the truth says, and in no title
        for e in truth["findings"]:
            if e["rule"].startswith("text."):
                txt = pages[e["site"]].get(e["url_path"], b"").decode("utf-8", "replace")
                title = re.search(r"<title>(.*?)</title>", txt, re.S)
                if e["target"] not in txt:
                    problems.append(f"{e['site']}: {e['target']} is not on {e['url_path']}")
                if title and e["target"] in title.group(1):
                    problems.append(f"{e['site']}: {e['target']} is in a title")
                others = [p for p, b in pages[e["site"]].items() if p != e["url_path"] and e["target"].encode() in b]
                if others:
                    problems.append(f"{e['site']}: {e['target']} also on {others[:3]}")
    return problems


def _perfect_result(truth: dict[str, Any], host: str = "http://127.0.0.1:45678") -> dict[str, Any]:
    findings = []
    for n, e in enumerate(truth["findings"], 1):
        t = e.get("target")
        if t is not None and e["rule"].startswith("link.") and t.startswith("/"):
            t = host + t
        findings.append({"id": n, "rule": e["rule"], "site": e["site"], "url": host + e["url_path"], "target": t,
                         "severity": "high", "message": "", "measured": {}})
    return {"run": {"complete": True}, "pages": [], "findings": findings}


def self_check() -> int:
    truth = load_truth()
    raws = [r["value"] for r in truth.get("raw_values") or []]
    failures: list[str] = []

    def check(cond: bool, what: str) -> None:
        if not cond:
            failures.append(what)

    print("1. the sites against the truth")
    failures += check_sites(truth)
    n_find = len(truth["findings"])
    counts = {r: sum(1 for f in truth["findings"] if f["rule"] == r) for r in RULES}
    check(counts == {**counts, **(truth.get("counts") or {})}, "truth counts agree with its findings")
    check(all(counts[r] >= 1 for r in RULES), f"every rule is planted at least once: {counts}")

    print("\n2. the truth fed back as a result (must be 1.0 everywhere)\n")
    perfect = _perfect_result(truth)
    rep = score(perfect, truth)
    print(format_report(rep, verbose=False, raws=raws))
    t = rep.total()
    check(t.tp == n_find and not t.fp and not t.fn, "a perfect result: precision = recall = 1.0")
    check(all(rs.precision == 1.0 and rs.recall == 1.0 for rs in rep.rules.values() if rs.expected), "every rule 1.0")
    check(not any(hs for _, hs in rep.decoys), "no decoy hit by the truth itself")
    check(not leak_check(HOLD / "lexicons", truth.get("raw_values") or [], set()), "the lexicon holds no raw value")

    print("\n3. variants and perturbations")
    r = copy.deepcopy(perfect)
    for f in r["findings"]:
        f["url"] = f["url"].replace("127.0.0.1:45678", "localhost:1")
        if f["url"].endswith("/"):
            f["url"] += "index.shtml"
        if f["rule"] == "privacy.id_number":
            f["target"] = f["target"][:6].replace("*", "") + "********" + f["target"][-4:]
            f["target"] = re.sub(r"^(\d{4})\*+", r"\1**********", f["target"])
        elif f["rule"].startswith("text.") and f.get("target"):
            f["target"] = f["target"] + "→（建议修改）"
        elif f["rule"].startswith("link.") and f.get("target"):
            f["target"] = f["target"].rstrip("/").replace("http://", "HTTP://")
    check(score(r, truth).total().tp == n_find, "other hosts, index.shtml, mask variants, target suffixes still match")
    # a six-digit-prefix mask of a planted ID still matches; a wrong last-4 does not
    first_id = next(e for e in truth["findings"] if e["rule"] == "privacy.id_number")
    raw = _raw_by_mask(truth)[first_id["site"] + "|" + first_id["target"]]
    check(masked_matches(first_id["target"], raw, raw[:6] + "********" + raw[-4:]), "6+4 mask matches")
    check(not masked_matches(first_id["target"], raw, raw[:4] + "**********0000"), "wrong suffix does not match")
    # alt rule: a sensitive word reported as a typo still counts for its item
    r = copy.deepcopy(perfect)
    for f in r["findings"]:
        if f["rule"] == "text.sensitive":
            f["rule"] = "text.typo"
    rep = score(r, truth)
    check(rep.total().tp == n_find, "alt rules are credited")
    # empty result
    rep = score({"findings": None}, truth)
    check(rep.total().tp == 0 and len(rep.total().fn) == n_find, "an empty result: 0 found")
    check("recall=0.00" in format_report(rep), "the empty report prints")
    # duplicate, decoy hit, tolerated, other family, unknown site
    r = copy.deepcopy(perfect)
    r["findings"].append(dict(r["findings"][0]))
    dec = next(d for d in truth["decoys"] if d["rules"] == ["newmedia.stale"])
    r["findings"].append({"rule": "newmedia.stale", "site": dec["site"], "url": "http://x" + dec["url_path"], "target": dec.get("target")})
    tol = truth["tolerated"][0]
    r["findings"].append({"rule": tol["rules"][0], "site": tol["site"], "url": "http://x" + tol["url_path"], "target": tol.get("target")})
    r["findings"].append({"rule": "link.broken", "site": truth["sites"][0], "url": "http://x/"})
    r["findings"].append({"rule": "privacy.phone", "site": "elsewhere", "url": "http://x/"})
    rep = score(r, truth)
    t = rep.total()
    check(t.tp == n_find and len(t.fp) == 1 and len(rep.duplicates) == 1 and len(rep.tolerated) == 1,
          f"dup/decoy/tolerated (TP {t.tp}, FP {len(t.fp)}, dup {len(rep.duplicates)}, tol {len(rep.tolerated)})")
    check(sum(1 for _, hs in rep.decoys if hs) == 1 and "DECOY" in t.fp[0].why, "the decoy hit is reported")
    check(rep.other_rules == {"link.broken": 1} and rep.other_sites == 1, "other families and sites are not scored")
    # leak check finds a planted value and does not print it
    tmpd = Path(tempfile.mkdtemp(prefix="zwgk-content-leak-"))
    try:
        (tmpd / "log.txt").write_text("x " + raws[0] + " y", encoding="utf-8")
        (tmpd / "u16.txt").write_bytes(raws[-1].encode("utf-16-le"))
        hits = leak_check(tmpd, truth["raw_values"], set())
        check(len(hits) == 2 and not any(raws[0] in h or raws[-1] in h for h in hits), f"leak check works ({len(hits)} hits)")
    finally:
        shutil.rmtree(tmpd, ignore_errors=True)

    print("\n".join(f"FAIL: {f}" for f in failures))
    print(f"self-check: {'passed' if not failures else f'{len(failures)} failure(s)'} ({n_find} expected findings, "
          f"{len(truth.get('decoys') or [])} decoys, {len(raws)} planted raw values)")
    return 0 if not failures else 1


# =============================================================================================


def main(argv: list[str] | None = None) -> int:
    global HOLD
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0], formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--robot", help="the robot's command (default: .venv/bin/zwgk-robot)")
    ap.add_argument("--keep", action="store_true", help="keep the temp folder (config, db, evidence, out.json, robot.stdout/.stderr)")
    ap.add_argument("--timeout", type=float, default=1800, help="seconds before the robot run is killed (default 1800)")
    ap.add_argument("--result", type=Path, help="score this result JSON instead of running the robot")
    ap.add_argument("--brief", action="store_true", help="no FP/FN lists")
    ap.add_argument("--self-check", action="store_true", help="check the sites against the truth and the scorer on the truth")
    ap.add_argument("--serve", action="store_true", help="serve the sites until Ctrl-C")
    ap.add_argument("--holdout", type=Path, default=HOLD, metavar="DIR",
                    help="the holdout folder (sites/, sites.yaml, truth.yaml, lexicons/; default: benchmarks/holdout_content)")
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
        raws = [r["value"] for r in truth.get("raw_values") or []]
        print(format_report(score(json.loads(args.result.read_text(encoding="utf-8")), truth), verbose=not args.brief, raws=raws))
        return 0
    return run(args)


if __name__ == "__main__":
    raise SystemExit(main())
