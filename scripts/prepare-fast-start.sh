#!/usr/bin/env bash
# Lays the runnable jar out for a fast start: extracted (classes read from plain jars, not from inside the fat
# jar) and with a class-data archive made by a training run (Java maps the classes it loaded instead of reading
# and checking them again). bench/START-AND-MEMORY-RESULTS.md measured what each step saves.
# Usage: scripts/prepare-fast-start.sh JAR DIR
#   then: java -XX:SharedArchiveFile=DIR/prongsai.jsa -jar DIR/prongsai.jar
# DIR is empty or was made by this script. Run it again after every upgrade, with the same java that will run
# Prongsai: an archive from another build or another Java is ignored (with a warning) and the start is only slower.
set -euo pipefail
[ $# -eq 2 ] || { echo "usage: $0 JAR DIR" >&2; exit 2; }
jar=$1 dir=$2
marker=.prongsai-fast-start
[ -f "$jar" ] || { echo "No jar $jar" >&2; exit 1; }
if [ -d "$dir" ] && [ -n "$(ls -A "$dir")" ] && [ ! -f "$dir/$marker" ]; then
  echo "$dir holds other files: give an empty folder, or one this script made (nothing was changed)" >&2
  exit 1
fi

# Extracted beside first: a jar that is not Prongsai's, or is damaged, changes nothing in DIR.
mkdir -p "$dir"
staging=$(mktemp -d "$dir/.staging.XXXXXX")
training=$(mktemp -d)
trap 'rm -rf "$staging"' EXIT
if ! java -Djarmode=tools -jar "$jar" extract --force --destination "$staging" --application-filename prongsai.jar \
  > "$staging.log" 2>&1 || [ ! -f "$staging/prongsai.jar" ]; then
  cat "$staging.log" >&2
  rm -f "$staging.log"
  echo "$jar is not Prongsai's runnable jar, or is damaged (nothing was changed in $dir)" >&2
  exit 1
fi
rm -f "$staging.log"
rm -rf "$dir/lib" "$dir/prongsai.jar" "$dir/prongsai.jsa"
mv "$staging/lib" "$staging/prongsai.jar" "$dir/"
touch "$dir/$marker"

# The training run starts the application on a throwaway data folder, always on its own embedded database and
# local files whatever the environment or an application.yml beside the jar say (the command line wins), and
# stops once the context is ready; every class loaded so far goes into the archive. Java leaves at once then
# (no shutdown hooks): its database is stopped here.
stop_training_database() {
  local pid
  pid=$(head -1 "$training/postgres/postmaster.pid" 2> /dev/null || true)
  if [ -n "$pid" ] && kill -INT "$pid" 2> /dev/null; then
    for _ in $(seq 1 300); do kill -0 "$pid" 2> /dev/null || break; sleep 0.1; done
  fi
  rm -rf "$training" "$staging"
}
trap stop_training_database EXIT
if ! java -XX:ArchiveClassesAtExit="$dir/prongsai.jsa" -Dspring.context.exit=onRefresh \
  -jar "$dir/prongsai.jar" --prongsai.data-dir="$training" --prongsai.database.url= --prongsai.database.embedded-port=0 --prongsai.files.store=local \
  --prongsai.demo=false --server.port=0 > "$training.log" 2>&1; then
  cat "$training.log" >&2
  rm -f "$training.log" "$dir/prongsai.jsa"
  echo "The training run failed: $dir/prongsai.jar is in place and starts without the archive, only slower" >&2
  exit 1
fi
rm -f "$training.log"
echo "Ready in $dir: java -XX:SharedArchiveFile='$dir/prongsai.jsa' -jar '$dir/prongsai.jar'"
