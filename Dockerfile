# zwgk-robot in a container: Debian's Chromium driven by Playwright, CJK fonts, a non-root user.
# One image, three roles (the command picks the role; ENTRYPOINT is zwgk-robot):
#   one-shot inspector  docker run --rm -v "$PWD/config:/config:ro" -v zwgk-evidence:/data/evidence \
#                         zwgk-robot inspect --config /config/sites.yaml
#   scheduler           zwgk-robot daemon --config /config/sites.yaml --db URL --evidence /data/evidence
#   Celery worker       zwgk-robot worker --broker redis://redis:6379/0 --db URL --evidence /data/evidence
# With no command it prints the help. docker-compose.yml wires the roles to Redis and PostgreSQL.
#   docker build -t zwgk-robot .
#   docker run --rm --user "$(id -u):$(id -g)" -v "$PWD/out:/data" zwgk-robot demo
FROM python:3.11-slim-bookworm

# ZWGK_CHROMIUM: the robot drives Debian's Chromium; Playwright's own browser download is never used.
ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    PIP_NO_CACHE_DIR=1 \
    ZWGK_CHROMIUM=/usr/bin/chromium

# chromium: the browser. fonts-noto-cjk: without a CJK font every Chinese glyph renders as a box
# in screenshots (and page heights, hence screenshots, change with the fonts, so the image pins
# the font package the baselines were taken with). tini: PID 1 that forwards signals and reaps
# the Chromium helper processes a long-running daemon or worker leaves behind. tzdata: "today"
# is a date in Asia/Shanghai (zoneinfo needs the system database; bookworm images may lack it).
# Versions are not pinned: bookworm replaces chromium's version with each security update, so a
# pin would break the build within weeks; the base image tag fixes the Debian release.
# hadolint ignore=DL3008
RUN apt-get update \
    && apt-get install -y --no-install-recommends chromium fonts-noto-cjk tini tzdata \
    && apt-get clean \
    && rm -rf /var/lib/apt/lists/*

WORKDIR /src
COPY pyproject.toml README.md ./
COPY robot ./robot
# Extras: postgres (psycopg, for --db postgresql+psycopg://...) and worker (Celery with Redis, for
# `zwgk-robot worker`). pip only warns about an extra the package does not define yet, so the
# image picks up the worker's dependencies as soon as pyproject.toml declares them.
# The evidence folder is created here, owned by the runtime user, so that a named volume mounted
# on /data/evidence starts with that ownership (Docker copies it from the image on first use).
RUN pip install --no-cache-dir "./[postgres,worker]" \
    && groupadd --gid 10001 zwgk \
    && useradd --create-home --uid 10001 --gid 10001 --shell /usr/sbin/nologin zwgk \
    && mkdir -p /data/evidence \
    && chown -R 10001:10001 /data

# numeric, so that `docker run --user` and host permissions see the same ids (uid 10001 = zwgk)
USER 10001:10001
# the default --db (sqlite:///zwgk.db) and --evidence (./evidence) land under /data
WORKDIR /data
VOLUME ["/data/evidence"]

# No HEALTHCHECK in the image: what "healthy" means depends on the role (a one-shot inspect has
# nothing to check, a worker answers a Celery ping), so docker-compose.yml defines it per service.
HEALTHCHECK NONE

ENTRYPOINT ["/usr/bin/tini", "--", "zwgk-robot"]
CMD ["--help"]
