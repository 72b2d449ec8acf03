#!/usr/bin/env bash
# Make PostgreSQL usable for the store tests: install it where missing, start the local cluster
# where it is down, and create the role and database of ZWGK_TEST_PG_URL where they are missing.
# Redis (the broker of tests/test_distributed.py): start a local redis-server where it is installed
# but not running (tools/setup.sh installs it). Prints what it did; exports nothing (the Makefile
# passes ZWGK_TEST_PG_URL to pytest). ZWGK_TEST_PG_URL / ZWGK_TEST_REDIS_URL set to an empty
# string skips PostgreSQL / Redis.
set -euo pipefail

URL=${ZWGK_TEST_PG_URL-postgresql+psycopg://zwgk:zwgk@127.0.0.1:5432/zwgk_test}
REDIS_URL=${ZWGK_TEST_REDIS_URL-redis://127.0.0.1:6379/15}
READY_TIMEOUT_S=30

say() { printf 'services: %s\n' "$*"; }
die() { printf 'services: %s\n' "$*" >&2; exit 1; }

as_root() {
  if [ "$(id -u)" -eq 0 ]; then
    "$@"
  elif command -v sudo >/dev/null 2>&1; then
    if [ -t 0 ]; then sudo "$@"; else sudo -n "$@"; fi
  else
    die "need root for: $*"
  fi
}

as_postgres() {  # run a command as the postgres superuser, from a folder it can read
  if [ "$(id -un)" = postgres ]; then
    (cd / && "$@")
  elif [ "$(id -u)" -eq 0 ]; then
    (cd / && runuser -u postgres -- "$@")
  elif [ -t 0 ]; then
    (cd / && sudo -u postgres -- "$@")
  else
    (cd / && sudo -n -u postgres -- "$@")
  fi
}

redis_ping() {  # PONG from host $1 port $2 (bash's /dev/tcp: no redis-cli needed)
  local reply=""
  { exec 3<>"/dev/tcp/$1/$2"; } 2>/dev/null || return 1
  printf 'PING\r\n' >&3
  IFS= read -r -t 2 reply <&3 || true
  exec 3<&- 3>&-
  [ "${reply%$'\r'}" = "+PONG" ]
}

# Redis first: it does not depend on PostgreSQL, and the PostgreSQL part may end the script early.
if [ -z "$REDIS_URL" ]; then
  say "ZWGK_TEST_REDIS_URL is empty: Redis skipped"
else
  read -r RHOST_ RPORT_ < <(python3 - "$REDIS_URL" <<'PY'
import sys
from urllib.parse import urlsplit
u = urlsplit(sys.argv[1])
if u.scheme not in ("redis", "rediss"):
    sys.exit(f"not a redis://host:port/db URL: {sys.argv[1]}")
print(u.hostname or "127.0.0.1", u.port or 6379)
PY
) || die "ZWGK_TEST_REDIS_URL: cannot parse it"
  if redis_ping "$RHOST_" "$RPORT_"; then
    say "Redis is running on $RHOST_:$RPORT_"
  else
    case "$RHOST_" in
      127.0.0.1|localhost|::1)
        if ! command -v redis-server >/dev/null 2>&1; then
          say "Redis is not installed (tools/setup.sh installs redis-server): tests/test_distributed.py will fail" >&2
        else
          say "starting redis-server on $RHOST_:$RPORT_ (no persistence; log /tmp/zwgk-redis-$RPORT_.log)"
          redis-server --daemonize yes --bind "$RHOST_" --port "$RPORT_" --save "" --appendonly no --dir /tmp \
            --pidfile "/tmp/zwgk-redis-$RPORT_.pid" --logfile "/tmp/zwgk-redis-$RPORT_.log" >/dev/null
          deadline=$((SECONDS + READY_TIMEOUT_S))
          until redis_ping "$RHOST_" "$RPORT_"; do
            [ "$SECONDS" -lt "$deadline" ] || die "Redis did not answer on $RHOST_:$RPORT_ within ${READY_TIMEOUT_S}s"
            sleep 0.1
          done
          say "Redis is running on $RHOST_:$RPORT_"
        fi
        ;;
      *) say "Redis at $RHOST_:$RPORT_ does not answer (a remote server is not managed here)" >&2 ;;
    esac
  fi
fi

if [ -z "$URL" ]; then
  say "ZWGK_TEST_PG_URL is empty: PostgreSQL skipped"
  exit 0
fi

# postgresql+psycopg://user:password@host:port/dbname -> its parts (percent-decoded)
read -r PGUSER_ PGPASS_ PGHOST_ PGPORT_ PGDB_ < <(python3 - "$URL" <<'PY'
import sys
from urllib.parse import unquote, urlsplit
u = urlsplit(sys.argv[1])
if not u.scheme.startswith("postgresql") or not u.username or not u.path.strip("/"):
    sys.exit(f"not a postgresql://user:password@host:port/db URL: {sys.argv[1]}")
parts = [unquote(u.username), unquote(u.password or ""), u.hostname or "127.0.0.1", str(u.port or 5432),
         unquote(u.path.strip("/"))]
if any(not p or any(c.isspace() for c in p) for p in parts):
    sys.exit("user, password, host, port and database must be non-empty and contain no spaces")
print(*parts)
PY
) || die "ZWGK_TEST_PG_URL: cannot parse it"

can_login() {
  PGPASSWORD=$PGPASS_ PGCONNECT_TIMEOUT=5 psql -X -q -h "$PGHOST_" -p "$PGPORT_" -U "$PGUSER_" -d "$PGDB_" \
    -tAc 'SELECT 1' >/dev/null 2>&1
}

case "$PGHOST_" in
  127.0.0.1|localhost|::1) ;;
  *)
    command -v psql >/dev/null 2>&1 || die "psql not found (apt-get install postgresql-client)"
    can_login || die "cannot log in to $PGDB_ on $PGHOST_:$PGPORT_ as $PGUSER_ (a remote server is not managed here)"
    say "PostgreSQL at $PGHOST_:$PGPORT_ works (remote, left as it is)"
    exit 0
    ;;
esac

# 1. installed
if ! command -v pg_ctlcluster >/dev/null 2>&1; then
  say "PostgreSQL is not installed: installing the postgresql package"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get update -q
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends postgresql
fi

# 2. a cluster on the URL's port, running
cluster=$(pg_lsclusters --no-header 2>/dev/null | awk -v port="$PGPORT_" '$3 == port { print $1, $2, $4; exit }')
if [ -z "$cluster" ]; then
  version=$(find /usr/lib/postgresql -mindepth 1 -maxdepth 1 -printf '%f\n' 2>/dev/null | sort -n | tail -n 1)
  [ -n "$version" ] || die "no PostgreSQL server version found under /usr/lib/postgresql"
  if [ "$PGPORT_" = 5432 ] && [ ! -d "/etc/postgresql/$version/main" ]; then
    say "creating cluster $version/main on port $PGPORT_"
    as_root pg_createcluster "$version" main -p "$PGPORT_"
    cluster="$version main down"
  else
    die "no PostgreSQL cluster listens on port $PGPORT_ (pg_lsclusters); set ZWGK_TEST_PG_URL to one that does"
  fi
fi
read -r ver name status <<<"$cluster"
if [ "$status" = online ]; then
  say "PostgreSQL $ver/$name is running on port $PGPORT_"
else
  say "starting PostgreSQL $ver/$name (pg_ctlcluster --skip-systemctl-redirect $ver $name start)"
  as_root pg_ctlcluster --skip-systemctl-redirect "$ver" "$name" start
fi
deadline=$((SECONDS + READY_TIMEOUT_S))
until pg_isready -q -h "$PGHOST_" -p "$PGPORT_"; do
  [ "$SECONDS" -lt "$deadline" ] || die "PostgreSQL $ver/$name did not accept connections within ${READY_TIMEOUT_S}s"
  sleep 0.2
done

# 3. role and database of the URL
psql_su() { as_postgres psql -X -q -v ON_ERROR_STOP=1 -p "$PGPORT_" -v user="$PGUSER_" -v pass="$PGPASS_" -v db="$PGDB_" "$@"; }
read -r has_role has_db < <(psql_su -tA <<'SQL'
SELECT (SELECT count(*) FROM pg_roles WHERE rolname = :'user') || ' ' || (SELECT count(*) FROM pg_database WHERE datname = :'db');
SQL
) || true
[ -n "${has_db:-}" ] || die "cannot query PostgreSQL $ver/$name as the postgres user"
if [ "$has_role" = 0 ]; then
  psql_su <<<"CREATE ROLE :\"user\" LOGIN PASSWORD :'pass';"
  say "created role $PGUSER_"
fi
if [ "$has_db" = 0 ]; then
  psql_su <<<"CREATE DATABASE :\"db\" OWNER :\"user\" ENCODING 'UTF8' TEMPLATE template0;"
  say "created database $PGDB_ (owner $PGUSER_)"
fi
if ! can_login; then
  psql_su <<<"ALTER ROLE :\"user\" LOGIN PASSWORD :'pass';"
  say "reset the password of role $PGUSER_ to the one in ZWGK_TEST_PG_URL"
  can_login || die "still cannot log in to $PGDB_ on $PGHOST_:$PGPORT_ as $PGUSER_ (check pg_hba.conf)"
fi
# the store tests make a throw-away database per session
psql_su <<<"ALTER ROLE :\"user\" CREATEDB;"
say "ok: $PGUSER_@$PGHOST_:$PGPORT_/$PGDB_ accepts logins"
