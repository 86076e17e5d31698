#!/usr/bin/env bash
# Builds local stand-ins for the official base images, from Debian packages, on a machine that reaches no container
# registry (see README.md). Images that already exist are kept; --rebuild builds them again. Needs root, docker and
# mmdebstrap (docker/ci-docker.sh installs both).
#
#   local/debian:bookworm-slim        for debian:bookworm-slim (the SMTP catcher's base)
#   local/dotnet-runtime-deps:10.0    for mcr.microsoft.com/dotnet/runtime-deps:10.0 (same packages, user app 1654, port 8080)
#   local/postgres:15                 for postgres:17 (Debian 12 ships 15; same POSTGRES_* variables and data folder)
#   local/nginx:bookworm              for nginx (conf.d/*.conf included, logs to stdout and stderr)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
rebuild=false
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
[ "${1:-}" = --rebuild ] && rebuild=true

missing() { $rebuild || ! docker image inspect "$1" >/dev/null 2>&1; }
# timed <step> <image> …: runs the step and prints how long it took.
timed() { local start=$SECONDS; "$@"; echo "$2: $((SECONDS - start)) s" >&2; }

base() {
  local tarball=$work/base.tar
  # The machine's own apt sources (a mirror or snapshot it can reach), kept in the image for apt-get in docker build.
  local sources=http://deb.debian.org/debian
  for file in /etc/apt/sources.list.d/debian.sources /etc/apt/sources.list; do
    if [ -s "$file" ] && grep -qE '^(deb |Types:)' "$file"; then sources=$file; break; fi
  done
  # As Debian's own slim images: no manuals, translations or .deb cache, no package lists left in any layer.
  mmdebstrap --variant=minbase --mode=root --quiet \
    --dpkgopt='path-exclude=/usr/share/man/*' --dpkgopt='path-exclude=/usr/share/locale/*' \
    --dpkgopt='path-exclude=/usr/share/doc/*' --dpkgopt='path-include=/usr/share/doc/*/copyright' \
    --customize-hook='printf "%s\n" "DPkg::Post-Invoke { \"rm -f /var/cache/apt/archives/*.deb /var/cache/apt/archives/partial/*.deb /var/cache/apt/*.bin || true\"; };" "APT::Update::Post-Invoke { \"rm -f /var/cache/apt/archives/*.deb /var/cache/apt/archives/partial/*.deb /var/cache/apt/*.bin || true\"; };" "Dir::Cache::pkgcache \"\";" "Dir::Cache::srcpkgcache \"\";" > "$1/etc/apt/apt.conf.d/docker-clean"' \
    --customize-hook='rm -rf "$1"/var/lib/apt/lists/* "$1"/var/cache/apt/*' \
    bookworm "$tarball" "$sources"
  # Imported only once complete: a failed mmdebstrap must not leave an empty image under the name.
  docker import --change 'CMD ["bash"]' "$tarball" "$1" >/dev/null
}

# The classic builder (no buildx here) prints a deprecation notice on every build: shown only when the build fails.
build() {
  if ! docker build --tag "$1" --file "$here/local/$2" "$here/local" >"$work/build.log" 2>&1; then
    cat "$work/build.log" >&2
    return 1
  fi
}

# A new base makes the images on it stale: they are built again too.
if missing local/debian:bookworm-slim; then timed base local/debian:bookworm-slim; rebuild=true; fi
if missing local/dotnet-runtime-deps:10.0; then timed build local/dotnet-runtime-deps:10.0 runtime-deps.Dockerfile; fi
if missing local/postgres:15; then timed build local/postgres:15 postgres.Dockerfile; fi
if missing local/nginx:bookworm; then timed build local/nginx:bookworm nginx.Dockerfile; fi
