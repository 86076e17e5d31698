#!/usr/bin/env bash
# Makes Docker usable for tests/Ams.Docker.Tests on a fresh Debian 12 machine, as root, without systemd:
# the engine, docker-compose (v1) and mmdebstrap from apt, then dockerd started in the background when no
# daemon answers. Safe to run again: it installs and starts only what is missing.
set -euo pipefail

need=()
command -v dockerd >/dev/null 2>&1 || need+=(docker.io)
command -v docker-compose >/dev/null 2>&1 || need+=(docker-compose)
command -v mmdebstrap >/dev/null 2>&1 || need+=(mmdebstrap)
if [ ${#need[@]} -gt 0 ]; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq "${need[@]}"
fi

if ! docker info >/dev/null 2>&1; then
  # No systemd: apt does not start the daemon. It keeps running after this script ends.
  log=${DOCKERD_LOG:-/var/log/dockerd.log}
  nohup /usr/sbin/dockerd </dev/null >"$log" 2>&1 &
  for _ in $(seq 1 60); do
    docker info >/dev/null 2>&1 && break
    sleep 1
  done
  docker info >/dev/null 2>&1 || { echo "dockerd did not start; see $log" >&2; tail -n 20 "$log" >&2; exit 1; }
fi
echo "docker $(docker version --format '{{.Server.Version}}'), $(docker-compose version --short 2>/dev/null || echo 'docker-compose ?')"
