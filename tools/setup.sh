#!/usr/bin/env bash
# Everything zwgk-robot needs on a fresh Debian 12 machine; safe to run again (it only does what
# is missing). Debian packages: chromium and fonts-noto-cjk (without a CJK font every Chinese
# glyph renders as a box), redis-server (the workers' broker; tools/ensure-services.sh starts it),
# make, and python3 with venv support. Then .venv with the package and
# its dev tools, re-installed only when pyproject.toml changed since the last install.
#
# Environment: PYTHON (default python3) picks the interpreter for .venv; ZWGK_CHROMIUM set to a
# browser path skips the chromium package.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
VENV=.venv
STAMP=$VENV/.zwgk-setup-stamp
PYTHON=${PYTHON:-python3}

say() { printf 'setup: %s\n' "$*"; }

as_root() {
  if [ "$(id -u)" -eq 0 ]; then
    "$@"
  elif command -v sudo >/dev/null 2>&1; then
    if [ -t 0 ]; then sudo "$@"; else sudo -n "$@"; fi  # no terminal (CI): never wait for a password
  else
    say "need root for: $*  (run as root or install sudo)" >&2
    return 1
  fi
}

installed() {  # a Debian package is installed
  dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q 'install ok installed'
}

missing=()
want() { installed "$1" || missing+=("$1"); }

if command -v dpkg-query >/dev/null 2>&1; then
  if [ -z "${ZWGK_CHROMIUM:-}" ]; then want chromium; fi
  want fonts-noto-cjk
  want redis-server  # the broker of `zwgk-robot worker` and tests/test_distributed.py
  command -v make >/dev/null 2>&1 || missing+=(make)
  if ! command -v "$PYTHON" >/dev/null 2>&1; then
    missing+=(python3 python3-venv)
  elif ! "$PYTHON" -c 'import ensurepip, venv' >/dev/null 2>&1; then
    missing+=(python3-venv)  # Debian splits venv/ensurepip out of python3
  fi
  if [ "${#missing[@]}" -gt 0 ]; then
    say "installing Debian packages: ${missing[*]}"
    as_root env DEBIAN_FRONTEND=noninteractive apt-get update -q
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
  else
    say "Debian packages present (chromium, fonts-noto-cjk, redis-server, make, python3-venv)"
  fi
else
  say "not a Debian system: install Chromium and a CJK font (Noto Sans CJK SC) yourself;" \
      "set ZWGK_CHROMIUM to the browser's path" >&2
fi

if ! "$PYTHON" -c 'import sys; sys.exit(sys.version_info < (3, 11))'; then
  say "$PYTHON is $("$PYTHON" -V 2>&1); zwgk-robot needs Python 3.11 or newer (set PYTHON=...)" >&2
  exit 1
fi

if [ ! -x "$VENV/bin/python" ] || ! "$VENV/bin/python" -c 'import sys' >/dev/null 2>&1; then
  say "creating $VENV with $("$PYTHON" -V 2>&1)"
  rm -rf "$VENV"
  "$PYTHON" -m venv "$VENV"
fi

want_stamp=$(sha256sum pyproject.toml | cut -d' ' -f1)
have_stamp=$(cat "$STAMP" 2>/dev/null || true)
if [ "$want_stamp" = "$have_stamp" ] && [ -x "$VENV/bin/zwgk-robot" ]; then
  say "$VENV is up to date with pyproject.toml"
else
  say "installing zwgk-robot and its dev tools into $VENV (pip install -e '.[dev,worker]')"
  "$VENV/bin/python" -m pip install -q -e '.[dev,worker]'
  printf '%s\n' "$want_stamp" >"$STAMP"
fi
say "done"
