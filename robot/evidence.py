"""Evidence for disputes: screenshots with their context, written once, listed in a manifest.

Layout: ``<root>/run-<id>/<site>/NNNN-<rule>.png`` with a JSON sidecar beside each file (rule,
fingerprint, requested and final URL, UTC time, viewport, user agent, status, element box,
SHA-256, robot version). Files are never overwritten: numbering continues after what is there.
``manifest.json`` lists every file of the run with its hash; :func:`verify_run` checks it.
A scenario replay's bundle (``<root>/replay-<scenario>-<UTC time>/``) uses the same writer with
its own folder (``run_dir=``) and names that say the step (:meth:`EvidenceWriter.write_as`).
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import threading
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from robot import __version__

_RULE_SLUG = re.compile(r"[^a-z0-9]+")


def sha256_file(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as f:
        for chunk in iter(lambda: f.read(1 << 16), b""):
            h.update(chunk)
    return h.hexdigest()


@dataclass(frozen=True)
class Capture:
    path: Path
    sidecar: Path
    sha256: str


class EvidenceWriter:
    """Writes one run's evidence files; safe to share between a run's async tasks."""

    def __init__(self, root: str | Path, run_id: int | None, *, user_agent: str = "", viewport: dict[str, int] | None = None,
                 run_dir: str | Path | None = None):
        self.root = Path(root)
        self.run_id = run_id
        # ``run_dir`` names the folder itself (a replay's bundle); default ``<root>/run-<id>``
        self.run_dir = Path(run_dir) if run_dir is not None else self.root / f"run-{run_id}"
        self.user_agent = user_agent
        self.viewport = viewport or {}
        self._lock = threading.Lock()
        self._counters: dict[str, int] = {}

    def _next_number(self, site: str) -> int:
        with self._lock:
            if site not in self._counters:
                folder = self.run_dir / site
                existing = [int(p.name[:4]) for p in folder.glob("[0-9][0-9][0-9][0-9]-*") if p.name[:4].isdigit()]
                self._counters[site] = max(existing, default=0)
            self._counters[site] += 1
            return self._counters[site]

    def new_path(self, site: str, rule: str, suffix: str = ".png") -> Path:
        """A fresh file name; never one that exists."""
        slug = _RULE_SLUG.sub("-", rule.lower()).strip("-")
        folder = self.run_dir / site
        folder.mkdir(parents=True, exist_ok=True)
        while True:
            path = folder / f"{self._next_number(site):04d}-{slug}{suffix}"
            if not path.exists():
                return path

    def write(self, site: str, rule: str, data: bytes, meta: dict[str, Any], suffix: str = ".png") -> Capture:
        """Write a capture and its sidecar exclusively (``x`` mode: an existing file is never replaced)."""
        return self._write_at(self.new_path(site, rule, suffix), site, rule, data, meta)

    def write_as(self, name: str, data: bytes, meta: dict[str, Any], *, site: str = "", rule: str = "") -> Capture:
        """Write ``run_dir/name`` and its sidecar exclusively: a file of that name already there is an
        error (``FileExistsError``), never replaced. For evidence whose name is its order (``03-fill.png``)."""
        if "/" in name or "\\" in name or name in ("", ".", ".."):
            raise ValueError(f"{name!r} is not a plain file name")
        self.run_dir.mkdir(parents=True, exist_ok=True)
        return self._write_at(self.run_dir / name, site, rule, data, meta)

    def _write_at(self, path: Path, site: str, rule: str, data: bytes, meta: dict[str, Any]) -> Capture:
        with path.open("xb") as f:
            f.write(data)
        digest = hashlib.sha256(data).hexdigest()
        sidecar = path.with_suffix(path.suffix + ".json")
        record = {
            "file": path.name,
            "rule": rule,
            "site": site,
            "sha256": digest,
            "captured_at": datetime.now(UTC).isoformat(timespec="milliseconds"),
            "viewport": self.viewport,
            "user_agent": self.user_agent,
            "robot_version": __version__,
            "run_id": self.run_id,
            **meta,
        }
        with sidecar.open("x", encoding="utf-8") as f:
            json.dump(record, f, ensure_ascii=False, indent=2, default=str)
        return Capture(path, sidecar, digest)

    def write_manifest(self) -> Path:
        """List every file of the run with its SHA-256 (the manifest itself excluded)."""
        return write_manifest(self.run_dir, self.run_id)


def write_manifest(run_dir: Path, run_id: int | None = None) -> Path:
    run_dir.mkdir(parents=True, exist_ok=True)
    files = []
    for p in sorted(run_dir.rglob("*")):
        if p.is_file() and p.name != "manifest.json" and not p.name.startswith(".manifest"):
            files.append({"path": p.relative_to(run_dir).as_posix(), "sha256": sha256_file(p), "bytes": p.stat().st_size})
    manifest = {
        "run_id": run_id,
        "written_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "robot_version": __version__,
        "files": files,
    }
    target = run_dir / "manifest.json"
    tmp = run_dir / f".manifest.{os.getpid()}.tmp"
    tmp.write_text(json.dumps(manifest, ensure_ascii=False, indent=2), encoding="utf-8")
    os.replace(tmp, target)  # the manifest is the one file that is rewritten (it grows as a run resumes)
    return target


def verify_run(run_dir: str | Path) -> list[str]:
    """Problems found when checking a run's files against its manifest ([] = all good)."""
    run_dir = Path(run_dir)
    manifest_path = run_dir / "manifest.json"
    if not manifest_path.exists():
        return [f"{manifest_path}: no manifest"]
    try:
        manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    except (json.JSONDecodeError, UnicodeDecodeError) as e:
        return [f"{manifest_path}: not valid JSON ({e})"]
    problems: list[str] = []
    listed = set()
    for entry in manifest.get("files", []):
        rel = entry["path"]
        listed.add(rel)
        p = run_dir / rel
        if not p.exists():
            problems.append(f"{rel}: missing")
        elif sha256_file(p) != entry["sha256"]:
            problems.append(f"{rel}: changed (SHA-256 differs from the manifest)")
    for p in run_dir.rglob("*"):
        if p.is_file() and p.name != "manifest.json":
            rel = p.relative_to(run_dir).as_posix()
            if rel not in listed:
                problems.append(f"{rel}: not in the manifest")
    for sidecar in run_dir.rglob("*.png.json"):
        try:
            meta = json.loads(sidecar.read_text(encoding="utf-8"))
        except (json.JSONDecodeError, UnicodeDecodeError):
            problems.append(f"{sidecar.relative_to(run_dir).as_posix()}: sidecar is not valid JSON")
            continue
        png = sidecar.with_suffix("")
        if png.exists() and meta.get("sha256") != sha256_file(png):
            problems.append(f"{png.relative_to(run_dir).as_posix()}: differs from the hash in its sidecar")
    return problems


def relative_paths(paths: Iterable[Path], base: Path | None = None) -> list[str]:
    """Paths as users see them (relative to the working folder where possible)."""
    base = base or Path.cwd()
    out = []
    for p in paths:
        try:
            out.append(p.resolve().relative_to(base.resolve()).as_posix())
        except ValueError:
            out.append(p.as_posix())
    return out
