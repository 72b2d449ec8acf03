"""Evidence files: never overwritten, sidecars beside, manifest verifies and catches tampering."""

from __future__ import annotations

import json
from pathlib import Path

from robot.evidence import EvidenceWriter, verify_run


def test_writer_numbers_files_and_never_overwrites(tmp_path: Path) -> None:
    w = EvidenceWriter(tmp_path, 7, user_agent="ua", viewport={"width": 1280, "height": 800})
    a = w.write("demo", "link.broken", b"png-1", {"url": "http://x/a"})
    b = w.write("demo", "link.broken", b"png-2", {"url": "http://x/b"})
    assert a.path.name == "0001-link-broken.png" and b.path.name == "0002-link-broken.png"
    meta = json.loads(a.sidecar.read_text(encoding="utf-8"))
    for key in ("rule", "sha256", "captured_at", "viewport", "user_agent", "robot_version", "url"):
        assert key in meta
    # a second writer on the same run (a resumed run) continues the numbering
    w2 = EvidenceWriter(tmp_path, 7)
    c = w2.write("demo", "image.broken", b"png-3", {})
    assert c.path.name == "0003-image-broken.png"
    assert a.path.read_bytes() == b"png-1"


def test_manifest_verifies_and_detects_changes(tmp_path: Path) -> None:
    w = EvidenceWriter(tmp_path, 1)
    cap = w.write("demo", "site.slow", b"original", {})
    w.write_manifest()
    assert verify_run(w.run_dir) == []
    cap.path.write_bytes(b"tampered")
    problems = verify_run(w.run_dir)
    assert any("changed" in p for p in problems) and any("sidecar" in p for p in problems)
    (w.run_dir / "demo" / "extra.png").write_bytes(b"x")
    assert any("not in the manifest" in p for p in verify_run(w.run_dir))
    cap.path.unlink()
    assert any("missing" in p for p in verify_run(w.run_dir))


def test_verify_without_manifest(tmp_path: Path) -> None:
    assert verify_run(tmp_path) == [f"{tmp_path / 'manifest.json'}: no manifest"]
