#!/usr/bin/env bash
# Builds a Kafka image without any image registry, for Testcontainers on machines whose Docker engine cannot pull:
# the root filesystem is a jlink'ed runtime from the host JDK, bash and sleep with the shared libraries they and the
# runtime need (copied from this host), the Kafka jars resolved from Maven Central, and `run`; then `docker import`.
# Usage: tools/kafka-image/build-image.sh            (IMAGE, JDK and KAFKA_VERSION may be set in the environment)
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
REPO=$(cd "$HERE/../.." && pwd)
KAFKA_VERSION=${KAFKA_VERSION:-4.4.0}
IMAGE=${IMAGE:-local/kafka:$KAFKA_VERSION}
JDK=${JDK:-$(dirname "$(dirname "$(readlink -f "$(command -v javac || command -v java)")")")}
LIBS=$HERE/target/libs-$KAFKA_VERSION

if [ ! -d "$JDK/jmods" ]; then
  echo "no $JDK/jmods: jlink needs a full JDK (Debian: openjdk-17-jdk-headless); set JDK=..." >&2
  exit 1
fi
if [ ! -f "$LIBS/kafka_2.13-$KAFKA_VERSION.jar" ]; then
  # copy-dependencies only reads the local repository and Maven Central; it installs nothing
  "$REPO/mvnw" -B -q -f "$HERE/pom.xml" -Dkafka.version="$KAFKA_VERSION" \
      dependency:copy-dependencies -DincludeScope=runtime -DoutputDirectory="$LIBS"
fi

WORK=$(mktemp -d -t kafka-image.XXXXXX)
trap 'rm -rf "$WORK"' EXIT
ROOT=$WORK/rootfs
mkdir -p "$ROOT"/{bin,tmp,etc/kafka/docker,opt/kafka/config,var/lib/kafka}
chmod 1777 "$ROOT/tmp"
"$JDK/bin/jlink" --add-modules java.se,jdk.unsupported,jdk.crypto.ec,jdk.management,jdk.naming.dns,jdk.security.auth,jdk.security.jgss,jdk.zipfs,jdk.net \
  --strip-debug --no-man-pages --no-header-files --compress=2 --output "$ROOT/opt/java"
cp -r "$LIBS" "$ROOT/opt/kafka/libs"
install -m 755 "$HERE/run" "$ROOT/etc/kafka/docker/run"
cp "$HERE/log4j2.properties" "$ROOT/opt/kafka/config/"
cp /bin/bash /bin/sleep "$ROOT/bin/"
ln -s bash "$ROOT/bin/sh"
echo 'root:x:0:0:root:/root:/bin/bash' > "$ROOT/etc/passwd"
echo 'root:x:0:' > "$ROOT/etc/group"
# the loader and every shared library that bash, sleep and the runtime's ELF files link against
find "$ROOT/bin" "$ROOT/opt/java" -type f | while read -r f; do ldd "$f" 2>/dev/null || true; done \
  | awk '$1 ~ /^\// {print $1} $3 ~ /^\// {print $3}' | sort -u \
  | while read -r lib; do cp -L --parents "$lib" "$ROOT"; done
# Testcontainers' KafkaContainer overrides the command with a wait for its start script, then calls run
tar -C "$ROOT" -c . | docker import \
  -c 'ENV PATH=/opt/java/bin:/bin' -c 'WORKDIR /opt/kafka' -c 'EXPOSE 9092' \
  -c 'CMD ["/etc/kafka/docker/run"]' - "$IMAGE"
docker image ls "$IMAGE"
