#!/usr/bin/env python3
"""Check docker-compose.yml without a Docker engine (`docker compose config` is not available here).

    python tools/check_compose.py [docker-compose.yml]

Parses the file with PyYAML (anchors and ``<<`` merge keys resolved) and checks what a typo would
break at ``docker compose up`` time, or worse, at 2 a.m. in the first nightly run:

* every service has an image or a build; ``depends_on`` names existing services, and a
  ``service_healthy`` condition points at a service with a healthcheck;
* named volumes are declared at the top level and every declared volume is used; bind-mount
  sources exist on the host (relative to the compose file);
* ``--config FILE`` arguments name a file inside a bind mount whose host file exists;
  ``--evidence DIR`` lies inside a mounted volume;
* URLs (``redis://``, ``postgresql+psycopg://``) in commands and environment name a service and
  its port, and a PostgreSQL URL carries that service's POSTGRES_USER/PASSWORD/DB;
* a ``--broker`` argument equals the container's ``ZWGK_BROKER``;
* restart policies are valid and set on every long-running service; robot containers (the ones
  built from this repository) have a memory limit; healthcheck tests have a valid form;
* no value depends on the host's environment (a lone ``$``; write ``$$`` for a container-side
  variable), and no ``container_name`` on a replicated service.

Prints one line per problem and exits 1 when there is any. ``robot_services()`` is used by
tests/test_deploy_files.py to find the robot's commands.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path, PurePosixPath
from typing import Any
from urllib.parse import urlsplit

import yaml

RESTART_POLICIES = {"no", "always", "unless-stopped", "on-failure"}
DEPENDS_CONDITIONS = {"service_started", "service_healthy", "service_completed_successfully"}
TOP_LEVEL_KEYS = {"services", "volumes", "networks", "configs", "secrets", "name", "include"}
# the port each kind of URL must use, by scheme prefix
URL_PORTS = {"redis": 6379, "postgresql": 5432}
URL_RE = re.compile(r"\b(?:redis|rediss|postgresql(?:\+\w+)?)://[^\s\"']+")


def load(path: str | Path) -> dict[str, Any]:
    with open(path, encoding="utf-8") as fh:
        data = yaml.safe_load(fh)
    if not isinstance(data, dict):
        raise ValueError(f"{path}: not a mapping at the top level")
    return data


def robot_services(data: dict[str, Any]) -> dict[str, list[str]]:
    """Services that run this repository's image (they have a ``build``), with their command."""
    out: dict[str, list[str]] = {}
    for name, svc in (data.get("services") or {}).items():
        if isinstance(svc, dict) and "build" in svc:
            cmd = svc.get("command") or []
            out[name] = [str(a) for a in cmd] if isinstance(cmd, list) else str(cmd).split()
    return out


def environment(svc: dict[str, Any]) -> dict[str, str]:
    env = svc.get("environment") or {}
    if isinstance(env, list):
        return dict(item.split("=", 1) if "=" in item else (item, "") for item in env)
    return {str(k): "" if v is None else str(v) for k, v in env.items()}


def mounts(svc: dict[str, Any]) -> list[tuple[str, str, bool]]:
    """(source, container target, is_bind) for each short-syntax or long-syntax volume."""
    out = []
    for v in svc.get("volumes") or []:
        if isinstance(v, dict):
            src, tgt = str(v.get("source", "")), str(v.get("target", ""))
            out.append((src, tgt, v.get("type") == "bind"))
        else:
            parts = str(v).split(":")
            src, tgt = (parts[0], parts[1]) if len(parts) >= 2 else ("", parts[0])
            out.append((src, tgt, src.startswith((".", "/", "~"))))
    return out


def _arg(cmd: list[str], option: str) -> str | None:
    for i, a in enumerate(cmd[:-1]):
        if a == option:
            return cmd[i + 1]
    for a in cmd:
        if a.startswith(option + "="):
            return a.split("=", 1)[1]
    return None


def _inside(path: str, target: str) -> bool:
    p, t = PurePosixPath(path), PurePosixPath(target)
    return p == t or t in p.parents


def _strings(node: Any, where: str):
    if isinstance(node, str):
        yield where, node
    elif isinstance(node, dict):
        for k, v in node.items():
            yield from _strings(v, f"{where}.{k}")
    elif isinstance(node, list):
        for i, v in enumerate(node):
            yield from _strings(v, f"{where}[{i}]")


def check(data: dict[str, Any], base_dir: str | Path = ".") -> list[str]:
    base = Path(base_dir)
    problems: list[str] = []
    services: dict[str, Any] = data.get("services") or {}
    declared_volumes = set((data.get("volumes") or {}).keys())
    used_volumes: set[str] = set()

    for key in data:
        if key not in TOP_LEVEL_KEYS and not str(key).startswith("x-"):
            problems.append(f"top level: unknown key {key!r}")
    if not services:
        problems.append("no services")

    for name, svc in services.items():
        where = f"services.{name}"
        if not isinstance(svc, dict):
            problems.append(f"{where}: not a mapping")
            continue
        if "image" not in svc and "build" not in svc:
            problems.append(f"{where}: neither image nor build")

        # depends_on
        deps = svc.get("depends_on") or {}
        dep_items = {d: {} for d in deps} if isinstance(deps, list) else deps
        for dep, spec in dep_items.items():
            if dep not in services:
                problems.append(f"{where}.depends_on: no service {dep!r}")
                continue
            cond = (spec or {}).get("condition", "service_started")
            if cond not in DEPENDS_CONDITIONS:
                problems.append(f"{where}.depends_on.{dep}: unknown condition {cond!r}")
            if cond == "service_healthy" and not (services[dep] or {}).get("healthcheck"):
                problems.append(f"{where}.depends_on.{dep}: service_healthy but {dep} has no healthcheck")

        # volumes
        svc_mounts = mounts(svc)
        for src, tgt, is_bind in svc_mounts:
            if not tgt.startswith("/"):
                problems.append(f"{where}.volumes: target {tgt!r} is not an absolute path")
            if is_bind:
                host = (base / src).resolve() if not src.startswith("/") else Path(src)
                if not host.exists():
                    problems.append(f"{where}.volumes: bind source {src!r} does not exist")
            elif src:
                used_volumes.add(src)
                if src not in declared_volumes:
                    problems.append(f"{where}.volumes: named volume {src!r} is not declared under volumes:")

        # command arguments that name paths
        cmd = svc.get("command") or []
        cmd = [str(a) for a in cmd] if isinstance(cmd, list) else str(cmd).split()
        cfg = _arg(cmd, "--config")
        if cfg is not None:
            binds = [(s, t) for s, t, b in svc_mounts if b and _inside(cfg, t)]
            if not binds:
                problems.append(f"{where}.command: --config {cfg} is not inside a bind mount")
            for src, tgt in binds:
                rel = PurePosixPath(cfg).relative_to(tgt)
                if not (base / src / rel).is_file():
                    problems.append(f"{where}.command: --config {cfg} -> {Path(src) / rel} does not exist")
        ev = _arg(cmd, "--evidence")
        if ev is not None and not any(not b and s and _inside(ev, t) for s, t, b in svc_mounts):
            problems.append(f"{where}.command: --evidence {ev} is not inside a named volume")

        # URLs in the command and the environment
        env = environment(svc)
        for value in [*cmd, *env.values()]:
            for url in URL_RE.findall(value):
                problems.extend(_check_url(where, url, services))
        broker = _arg(cmd, "--broker")
        if broker is not None and env.get("ZWGK_BROKER") not in (None, broker):
            problems.append(f"{where}: --broker {broker} differs from ZWGK_BROKER={env['ZWGK_BROKER']}")

        # restart policy, limits, healthcheck form
        restart = str(svc.get("restart", ""))
        if restart and restart.split(":")[0] not in RESTART_POLICIES:
            problems.append(f"{where}.restart: unknown policy {restart!r}")
        if not restart and not svc.get("profiles"):
            problems.append(f"{where}: no restart policy on a long-running service")
        limits = ((svc.get("deploy") or {}).get("resources") or {}).get("limits") or {}
        if "build" in svc and not (limits.get("memory") or svc.get("mem_limit")):
            problems.append(f"{where}: a robot container (Chromium) without a memory limit")
        hc = svc.get("healthcheck")
        if hc:
            test = hc.get("test")
            if not (isinstance(test, list) and test and test[0] in {"CMD", "CMD-SHELL", "NONE"}) and not isinstance(test, str):
                problems.append(f"{where}.healthcheck.test: must be a string or [CMD|CMD-SHELL|NONE, ...]")
        replicas = (svc.get("deploy") or {}).get("replicas", 1)
        if "container_name" in svc and replicas != 1:
            problems.append(f"{where}: container_name with {replicas} replicas")

    for vol in sorted(declared_volumes - used_volumes):
        problems.append(f"volumes.{vol}: declared but not used")

    # host interpolation: $VAR or ${VAR} is taken from the host at `up` time; $$ is a literal $
    for where, s in _strings(data, "compose"):
        if re.search(r"(?<!\$)\$(?!\$)", s.replace("$$", "")):
            problems.append(f"{where}: {s!r} depends on the host's environment (use $$ for a container variable)")
    return problems


def _check_url(where: str, url: str, services: dict[str, Any]) -> list[str]:
    parts = urlsplit(url)
    scheme = parts.scheme.split("+")[0].rstrip("s") if parts.scheme.startswith("redis") else parts.scheme.split("+")[0]
    host, port = parts.hostname, parts.port
    out = []
    if host not in services:
        return [f"{where}: {url} names host {host!r}, which is not a service"]
    want = URL_PORTS.get(scheme)
    if want and (port or want) != want:
        out.append(f"{where}: {url} uses port {port}, {host} listens on {want}")
    if scheme == "postgresql":
        penv = environment(services[host])
        user = penv.get("POSTGRES_USER", "postgres")
        expect = (user, penv.get("POSTGRES_PASSWORD"), penv.get("POSTGRES_DB", user))
        got = (parts.username, parts.password, parts.path.lstrip("/"))
        if got != expect:
            out.append(f"{where}: {url} has user/password/db {got}, service {host} has {expect}")
    return out


def main(argv: list[str]) -> int:
    path = Path(argv[1] if len(argv) > 1 else Path(__file__).resolve().parent.parent / "docker-compose.yml")
    problems = check(load(path), path.parent)
    for p in problems:
        print(f"{path}: {p}")
    if not problems:
        n = len(load(path).get("services") or {})
        print(f"{path}: ok ({n} services)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
