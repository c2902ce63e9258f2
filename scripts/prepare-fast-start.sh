#!/usr/bin/env bash
# Lays the runnable jar out for a fast start: extracted (classes read from plain jars, not from inside the fat
# jar) and with a class-data archive made by a training run (Java maps the classes it loaded instead of reading
# and checking them again). bench/START-AND-MEMORY-RESULTS.md measured what each step saves.
# Usage: scripts/prepare-fast-start.sh JAR DIR
#   then: java -XX:SharedArchiveFile=DIR/prongsai.jsa -jar DIR/prongsai.jar
# Run it again after every upgrade, with the same java that will run Prongsai: an archive from another build or
# another Java is ignored (with a warning) and the start is simply slower.
set -euo pipefail
[ $# -eq 2 ] || { echo "usage: $0 JAR DIR" >&2; exit 2; }
jar=$1 dir=$2
[ -f "$jar" ] || { echo "No jar $jar" >&2; exit 1; }
rm -rf "$dir/lib" "$dir/prongsai.jar" "$dir/prongsai.jsa"
mkdir -p "$dir"
java -Djarmode=tools -jar "$jar" extract --force --destination "$dir" --application-filename prongsai.jar > /dev/null
# The training run starts the application on a throwaway data folder (its own embedded database, no demo) and
# stops once the context is ready; every class loaded so far goes into the archive.
training=$(mktemp -d)
# Java leaves at once when the context is ready (Runtime.halt, no shutdown hooks): its database is stopped here.
stop_training_database() {
  local pid
  pid=$(head -1 "$training/postgres/postmaster.pid" 2> /dev/null || true)
  if [ -n "$pid" ] && kill -INT "$pid" 2> /dev/null; then
    for _ in $(seq 1 300); do kill -0 "$pid" 2> /dev/null || break; sleep 0.1; done
  fi
  rm -rf "$training"
}
trap stop_training_database EXIT
java -XX:ArchiveClassesAtExit="$dir/prongsai.jsa" -Dspring.context.exit=onRefresh \
  -jar "$dir/prongsai.jar" --prongsai.data-dir="$training" --prongsai.demo=false --server.port=0 \
  > "$training.log" 2>&1 || { cat "$training.log" >&2; rm -f "$training.log"; exit 1; }
rm -f "$training.log"
echo "Ready in $dir: java -XX:SharedArchiveFile=$dir/prongsai.jsa -jar $dir/prongsai.jar"
