#!/usr/bin/env bash
# Load test of a public OIT item page (issue #5): Prongsai against nginx serving a saved copy of the same page,
# both on loopback in the same run, with wrk from a second process. Writes bench/OIT-PAGE-RESULTS.md.
#   bench/oit-page.sh            (installs wrk and nginx-light with apt when missing)
set -euo pipefail
cd "$(dirname "$0")/.."
for p in wrk nginx-light; do dpkg -s "$p" >/dev/null 2>&1 || { sudo_cmd=""; [ "$(id -u)" -ne 0 ] && sudo_cmd=sudo;
  $sudo_cmd apt-get install -y -qq "$p" >/dev/null; }; done

APP_PORT=18080 NGINX_PORT=18081 PAGE=/oit/2567/O11 DURATION=${DURATION:-15s}
work=$(mktemp -d)
app=
./mvnw -q -B -ntp package -DskipTests -Dspotless.check.skip=true

start_app() { # $1: the page cache on (true) or off (false)
  java -jar target/prongsai-0.1.0-SNAPSHOT-exec.jar --server.port=$APP_PORT --prongsai.data-dir="$work/data" --prongsai.demo.fixed-secrets=true \
    --prongsai.page-cache.enabled="$1" > "$work/app.log" 2>&1 &
  app=$!
  for _ in $(seq 1 90); do
    curl -sf "http://127.0.0.1:$APP_PORT/actuator/health/readiness" >/dev/null && return
    sleep 1
  done
  echo "Prongsai did not start; see $work/app.log" >&2
  exit 1
}
cleanup() {
  [ -n "$app" ] && kill "$app" 2>/dev/null || true
  [ -f "$work/nginx.pid" ] && kill "$(cat "$work/nginx.pid")" 2>/dev/null || true
  # The run's database goes with it (hundreds of megabytes a run); KEEP=1 keeps it to look at.
  [ -n "$app" ] && wait "$app" 2>/dev/null || true
  [ "${KEEP:-0}" = 1 ] || rm -rf "$work"
}
trap cleanup EXIT
start_app true

# The same page, saved, for nginx to serve as a plain file.
mkdir -p "$work/www/oit/2567"
curl -sf "http://127.0.0.1:$APP_PORT$PAGE" > "$work/www/oit/2567/O11.html"
cat > "$work/nginx.conf" <<CONF
worker_processes auto;
pid $work/nginx.pid;
error_log $work/nginx-error.log;
events { worker_connections 1024; }
http {
  access_log off;
  server {
    listen 127.0.0.1:$NGINX_PORT;
    root $work/www;
    location = $PAGE { default_type text/html; try_files /oit/2567/O11.html =404; }
  }
}
CONF
nginx -c "$work/nginx.conf"
sleep 1

# About 500 requests a second: 25 connections, each waiting 50 ms after every answer (wrk's delay hook), so
# the rate stays just under 500/s however fast the answers come.
cat > "$work/rate.lua" <<'LUA'
function delay() return 50 end
LUA

# Warm up both (the JVM needs some 15 s before its compiler has done the request path), then full throughput
# for both, then the paced run.
wrk -t2 -c32 -d15s "http://127.0.0.1:$APP_PORT$PAGE" >/dev/null
wrk -t2 -c32 -d3s "http://127.0.0.1:$NGINX_PORT$PAGE" >/dev/null
app_run=$(wrk -t2 -c64 -d"$DURATION" --latency "http://127.0.0.1:$APP_PORT$PAGE")
nginx_run=$(wrk -t2 -c64 -d"$DURATION" --latency "http://127.0.0.1:$NGINX_PORT$PAGE")
paced_run=$(wrk -t2 -c25 -d"$DURATION" --latency -s "$work/rate.lua" "http://127.0.0.1:$APP_PORT$PAGE")

# The same page rendered for every request (page cache off): what a first reader, or a page just changed, costs.
kill "$app"; wait "$app" 2>/dev/null || true
start_app false
wrk -t2 -c32 -d15s "http://127.0.0.1:$APP_PORT$PAGE" >/dev/null
uncached_run=$(wrk -t2 -c64 -d"$DURATION" --latency "http://127.0.0.1:$APP_PORT$PAGE")
uncached_paced_run=$(wrk -t2 -c25 -d"$DURATION" --latency -s "$work/rate.lua" "http://127.0.0.1:$APP_PORT$PAGE")

rps() { echo "$1" | awk '/Requests\/sec/ {print $2}'; }
pct() { echo "$1" | awk -v p="$2" '$1 == p {print $2}'; }
row() { echo "| $1 | $(rps "$2") | $(pct "$2" 50%) | $(pct "$2" 90%) | $(pct "$2" 99%) |"; }
# wrk prints a latency with its unit (us, ms or s).
millis() { echo "$1" | awk '/us$/ {print $1 / 1000; next} /ms$/ {print $1 + 0; next} /s$/ {print $1 * 1000}'; }
share=$(awk -v a="$(rps "$app_run")" -v n="$(rps "$nginx_run")" 'BEGIN { printf "%.1f", 100 * a / n }')
p99=$(millis "$(pct "$paced_run" 99%)")
share_verdict=$(awk -v v="$share" 'BEGIN { print (v >= 30) ? "met" : "NOT met" }')
p99_verdict=$(awk -v v="$p99" 'BEGIN { print (v < 50) ? "met" : "NOT met" }')
{
  echo "# OIT item page under load"
  echo
  echo "Measured $(date -u +%Y-%m-%d) on $(nproc) cores by \`bench/oit-page.sh\`: wrk $(wrk -v 2>&1 | head -1 | awk '{print $2}'),"
  echo "page \`$PAGE\` of the demo agency, loopback only, ${DURATION} a run after a 15 s warm-up."
  echo
  echo "| run | requests/s | p50 | p90 | p99 |"
  echo "|---|---:|---:|---:|---:|"
  row "Prongsai, 64 connections" "$app_run"
  row "nginx, saved copy, 64 connections" "$nginx_run"
  row "Prongsai, paced to ~500 req/s" "$paced_run"
  row "Prongsai, page cache off, 64 connections" "$uncached_run"
  row "Prongsai, page cache off, paced to ~500 req/s" "$uncached_paced_run"
  echo
  echo "- Throughput: Prongsai's is ${share} % of nginx's; the issue asks for at least 30 %: **${share_verdict}**."
  echo "- p99 at about 500 requests/s: ${p99} ms; the issue asks for under 50 ms: **${p99_verdict}**."
  echo
  echo "Anonymous readers get the page as rendered once (\`site.web.PublicPageCache\`): it is forgotten on every"
  echo "change made through the application and after 60 s at most. The last two rows render it for every request."
} > bench/OIT-PAGE-RESULTS.md
cat bench/OIT-PAGE-RESULTS.md
