# zwgk-robot in a container: Debian's Chromium driven by Playwright, CJK fonts, a non-root user.
#   docker build -t zwgk-robot .
#   docker run --rm --user "$(id -u):$(id -g)" -v "$PWD/out:/data" zwgk-robot demo
# The database (sqlite:///zwgk.db) and the evidence folder are written under /data; psycopg is
# included for --db postgresql+psycopg://...
FROM python:3.11-slim-bookworm

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    ZWGK_CHROMIUM=/usr/bin/chromium

# Playwright's own browser download is not used: the robot drives Debian's Chromium. Without a
# CJK font every Chinese glyph renders as a box in screenshots, hence fonts-noto-cjk.
# Versions are not pinned: bookworm replaces chromium's version with each security update, so a
# pin would break the build within weeks.
# hadolint ignore=DL3008
RUN apt-get update \
    && apt-get install -y --no-install-recommends chromium fonts-noto-cjk \
    && rm -rf /var/lib/apt/lists/*

WORKDIR /src
COPY pyproject.toml README.md ./
COPY robot ./robot
RUN pip install --no-cache-dir "./[postgres]" \
    && groupadd --gid 10001 zwgk \
    && useradd --create-home --uid 10001 --gid 10001 --shell /usr/sbin/nologin zwgk \
    && mkdir -p /data \
    && chown 10001:10001 /data

# numeric, so that `docker run --user` and host permissions see the same ids (uid 10001 = zwgk)
USER 10001:10001
WORKDIR /data
VOLUME ["/data"]

ENTRYPOINT ["zwgk-robot"]
CMD ["--help"]
