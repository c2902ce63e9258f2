#!/usr/bin/env bash
# Operations issue (#12): how long Prongsai takes from `java -jar` to ready, and how much memory the Java process
# holds after a minute of moderate load, with Java's defaults and with the settings deploy/ documents. Each
# setting: a first start on a fresh data folder (the embedded database made, migrations, the demo), then a
# second start on it (what a restart costs), then 60 s of public pages at about 100 a second, then the RSS. The
# documented settings are measured twice: on the runnable jar as built, and laid out for a fast start
# (scripts/prepare-fast-start.sh: extracted, with a class-data archive), as deploy/ runs it.
# Writes bench/START-AND-MEMORY-RESULTS.md.
#   bench/start-and-memory.sh        (installs wrk with apt when missing)
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
need_packages wrk

PORT=18095
DOCUMENTED="-Xmx256m -Xms64m -XX:MinHeapFreeRatio=10 -XX:MaxHeapFreeRatio=30 -Xss512k -XX:MaxMetaspaceSize=192m -XX:ReservedCodeCacheSize=96m -XX:+UseSerialGC"
./mvnw -q -B -ntp package -DskipTests -Dspotless.check.skip=true
work=$(mktemp -d)
scripts/prepare-fast-start.sh target/prongsai-0.1.0-SNAPSHOT-exec.jar "$work/fast" > /dev/null
app=
trap '[ -n "$app" ] && kill "$app" 2>/dev/null; wait 2>/dev/null; [ "${KEEP:-0}" = 1 ] || rm -rf "$work"' EXIT

# Starts the jar with the given JVM options on the given data folder; sets app (its pid) and ready_in (the
# seconds to readiness).
start() {
  local options=$1 data=$2 started
  started=$(date +%s.%N)
  env JAVA_TOOL_OPTIONS="$options" ${arenas:+MALLOC_ARENA_MAX=$arenas} java -jar "$jar" --server.port=$PORT \
    --prongsai.data-dir="$data" > "$data.log" 2>&1 &
  app=$!
  until curl -sf "http://127.0.0.1:$PORT/actuator/health/readiness" > /dev/null; do sleep 0.1; done
  ready_in=$(awk -v a="$started" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }')
}

stop() { kill "$app"; wait "$app" 2>/dev/null || true; app=; }
rps() { awk '/Requests\/sec/ {print $2}' "$1"; }

cat > "$work/pages.lua" <<'LUA'
local pages = {"/", "/oit/2568/O1", "/oit/2567/O11", "/news", "/qa", "/ita", "/complaints",
  "/search?q=%E0%B8%87%E0%B8%9A%E0%B8%9B%E0%B8%A3%E0%B8%B0%E0%B8%A1%E0%B8%B2%E0%B8%93", "/about"}
local n = 0
function request() n = n + 1; return wrk.format("GET", pages[(n % #pages) + 1]) end
function delay() return 80 end
LUA

rows=""
for setting in defaults documented fast-start; do
  options=""; arenas=""; jar=target/prongsai-0.1.0-SNAPSHOT-exec.jar
  [ "$setting" != defaults ] && options=$DOCUMENTED && arenas=2
  if [ "$setting" = fast-start ]; then
    jar=$work/fast/prongsai.jar
    options="$options -XX:SharedArchiveFile=$work/fast/prongsai.jsa"
  fi
  data="$work/$setting"
  start "$options" "$data"; first=$ready_in; stop
  start "$options" "$data"; second=$ready_in
  wrk -t1 -c8 -d60s -s "$work/pages.lua" "http://127.0.0.1:$PORT" > "$work/$setting.wrk"
  rss=$(( $(ps -o rss= -p "$app") / 1024 ))
  heap=$(curl -sf "http://127.0.0.1:$PORT/actuator/prometheus" | awk '/^jvm_memory_used_bytes.area="heap"/ {s += $NF} END {printf "%d", s / 1048576}' || echo "?")
  postmaster=$(head -1 "$data/postgres/postmaster.pid")
  pg=$(ps -eo pid=,ppid=,rss= | awk -v p="$postmaster" '$1 == p || $2 == p {s += $3} END {printf "%d", s / 1024}')
  stop
  shown=${options:-"Java 17 defaults: heap up to a quarter of the RAM, G1"}
  shown=${shown//$work\/fast/DIR}
  rows+="| ${setting} (${shown}) | ${first} s | ${second} s | $(rps "$work/$setting.wrk") | ${rss} MB | ${heap} MB | ${pg} MB |"$'\n'
done

{
  echo "# Start and memory"
  echo
  echo "Measured $(date -u +%Y-%m-%d) on $(nproc) cores and $(( $(awk '/MemTotal/ {print $2}' /proc/meminfo) / 1024 / 1024 )) GB by \`bench/start-and-memory.sh\`: the runnable jar"
  echo "on its embedded PostgreSQL (durable). A first start makes the database, runs every migration and the demo"
  echo "agency's whole ITA cycle; a second start opens them. Then 60 s of public pages (home, OIT items, news, Q&A,"
  echo "ITA, complaints, a search, about) on 8 connections, each waiting 80 ms after every answer, and the resident"
  echo "memory (RSS) of the Java process at the end; PostgreSQL's processes are summed apart (their shared"
  echo "buffers are counted once per process, so the sum is an upper bound)."
  echo
  echo "| JVM settings | first start to ready | restart to ready | pages/s | Java RSS after the load | heap used | PostgreSQL RSS (sum) |"
  echo "|---|---:|---:|---:|---:|---:|---:|"
  printf "%s" "$rows"
  echo
  echo "The documented settings are those in \`deploy/Dockerfile\` (as a share of the container's memory) and"
  echo "\`deploy/prongsai.service\`: a 256 MB heap that starts at 64 MB and gives back what it does not use (Java"
  echo "otherwise commits its whole initial heap, a 64th of the RAM, at once), 512 KB thread stacks, bounded"
  echo "metaspace and code cache, and the serial collector, which on one or two cores costs less memory than G1 for"
  echo "pauses this application does not notice, and \`MALLOC_ARENA_MAX=2\` (glibc keeps fewer malloc arenas for"
  echo "Java's threads). \"fast-start\" adds the layout of \`scripts/prepare-fast-start.sh\` (DIR): the jar extracted"
  echo "and a class-data archive from a training run, which deploy/ uses."
  echo "Goals (#12): restart to ready under 5 s; RSS after a minute of moderate load under 300 MB."
  echo
  echo "Where a restart's time goes (Spring's startup steps, read by hand on this machine, fast-start layout): about"
  echo "1 s before Spring starts, 1.7 s parsing the 343 configuration classes, 0.6 s starting the embedded server"
  echo "and 0.9 s for Flyway's check, about 4 s making the application's beans and Tomcat. Tried and left: Spring's"
  echo "ahead-of-time processing (\`process-aot\`) saved a further 0.7 s but freezes at build time which beans exist"
  echo "(settings such as the mail server would stop working when given at run time), and lazy beans save nothing"
  echo "because the start-up runners need most of them."
} > bench/START-AND-MEMORY-RESULTS.md
cat bench/START-AND-MEMORY-RESULTS.md
