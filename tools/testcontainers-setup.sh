#!/usr/bin/env bash
# Makes this machine able to run the broker tests on Testcontainers (./mvnw -B verify -Ptestcontainers) without an
# image registry: installs Debian's docker.io if dockerd is missing, starts dockerd in the background if no engine
# answers, and builds the Kafka image with tools/kafka-image/build-image.sh if it is not there yet. Each step is
# skipped when already done, so running it again is cheap. Needs root (apt-get, dockerd).
# Environment: IMAGE (default local/kafka:4.4.0), DOCKERD_LOG (default /var/log/dockerd.log),
# DOCKERD_ARGS (extra dockerd flags, e.g. "--iptables=false" on kernels without netfilter).
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
IMAGE=${IMAGE:-local/kafka:4.4.0}
DOCKERD_LOG=${DOCKERD_LOG:-/var/log/dockerd.log}
START_WAIT_SECONDS=30

log() { echo "testcontainers-setup: $*" >&2; }

install_engine() {
  if command -v dockerd >/dev/null; then
    return
  fi
  log "installing docker.io (dockerd) with apt-get"
  apt-get update -q
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends docker.io
}

start_engine() {
  if docker info >/dev/null 2>&1; then
    return
  fi
  log "starting dockerd in the background, log in $DOCKERD_LOG"
  # shellcheck disable=SC2086 # DOCKERD_ARGS is a list of flags
  nohup dockerd ${DOCKERD_ARGS:-} >"$DOCKERD_LOG" 2>&1 &
  for _ in $(seq "$START_WAIT_SECONDS"); do
    if docker info >/dev/null 2>&1; then
      return
    fi
    sleep 1
  done
  log "dockerd did not answer within ${START_WAIT_SECONDS}s; last lines of $DOCKERD_LOG:"
  tail -n 20 "$DOCKERD_LOG" >&2
  exit 1
}

build_image() {
  if docker image inspect "$IMAGE" >/dev/null 2>&1; then
    return
  fi
  log "building $IMAGE"
  IMAGE=$IMAGE KAFKA_VERSION=${IMAGE##*:} "$HERE/kafka-image/build-image.sh"
}

install_engine
start_engine
build_image
docker version --format 'engine {{.Server.Version}} (API {{.Server.APIVersion}})'
log "ready: ./mvnw -B verify -Ptestcontainers"
