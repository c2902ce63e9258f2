#!/usr/bin/env bash
# Cluster test (issue #12, item 11): two Prongsai nodes behind nginx on loopback, one PostgreSQL 15 server, the
# nodes sharing one data folder (files and keys, as a shared mount would). Citizens post questions and a signed-in
# officer publishes news and reads the back office through nginx while node A is killed with `kill -9` and then
# started again. Afterwards: every acknowledged write is in the database, the officer was never signed out, and
# both nodes' kept public pages show the last news item within a second of its publication on the other node.
# Writes bench/CLUSTER-RESULTS.md; exits non-zero when any check fails.
#   bench/cluster.sh         (installs nginx-light with apt when missing; needs Debian's postgresql-15 server)
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
need_packages nginx-light

PG_BIN=${PG_BIN:-/usr/lib/postgresql/15/bin}
PG_PORT=18210 NGINX_PORT=18200 PORT_A=18201 PORT_B=18202 DURATION=${DURATION:-45} KILL_AT=${KILL_AT:-12}
[ -x "$PG_BIN/postgres" ] || { echo "PostgreSQL server not found in $PG_BIN (apt-get install postgresql-15)" >&2; exit 1; }

./mvnw -q -B -ntp package -DskipTests -Dspotless.check.skip=true
work=$(mktemp -d)
# PostgreSQL refuses to run as root: as root, its folder belongs to the postgres user and it runs as that user.
pgdir=$(mktemp -d /tmp/prongsai-cluster-pg.XXXXXX)
as_pg() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
[ "$(id -u)" -eq 0 ] && chown postgres "$pgdir"
node_a= node_b=
cleanup() {
  for pid in $node_a $node_b; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  [ -f "$work/nginx.pid" ] && kill "$(cat "$work/nginx.pid")" 2>/dev/null || true
  as_pg "$PG_BIN/pg_ctl" -D "$pgdir/data" -m fast stop > /dev/null 2>&1 || true
  [ "${KEEP:-0}" = 1 ] || rm -rf "$work" "$pgdir"
}
trap cleanup EXIT

# One PostgreSQL, durable (Debian's defaults: fsync and synchronous commit on), for both nodes.
as_pg "$PG_BIN/initdb" -D "$pgdir/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 > /dev/null
as_pg "$PG_BIN/pg_ctl" -D "$pgdir/data" -l "$pgdir/postgres.log" -w \
  -o "-p $PG_PORT -k $pgdir -c listen_addresses=127.0.0.1 -c max_connections=60" start > /dev/null
sql() { psql -h 127.0.0.1 -p "$PG_PORT" -U postgres -d "${2:-prongsai}" -Atq -c "$1"; }
sql "create role prongsai login password 'cluster'" postgres
sql "create database prongsai owner prongsai" postgres

# Starts a node on port $1 with its log in $2; sets started_pid.
start_node() {
  java -Xmx256m -jar target/prongsai-0.1.0-SNAPSHOT-exec.jar --server.port="$1" \
    --prongsai.data-dir="$work/data" \
    --prongsai.database.url="jdbc:postgresql://127.0.0.1:$PG_PORT/prongsai" \
    --prongsai.database.username=prongsai --prongsai.database.password=cluster \
    --prongsai.demo=true --prongsai.demo.fixed-secrets=true --prongsai.flood.enabled=false \
    --prongsai.trusted-proxies='127\.0\.0\.1' >> "$2" 2>&1 &
  started_pid=$!
}
wait_ready() {
  for _ in $(seq 1 120); do
    curl -sf "http://127.0.0.1:$1/actuator/health/readiness" > /dev/null && return 0
    sleep 0.5
  done
  echo "node on port $1 did not become ready" >&2
  exit 1
}
# Node A first: it migrates and makes the demo agency; B then finds both done.
start_node $PORT_A "$work/a.log"; node_a=$started_pid; wait_ready $PORT_A
start_node $PORT_B "$work/b.log"; node_b=$started_pid; wait_ready $PORT_B

mkdir -p "$work/nginx"
cat > "$work/nginx.conf" <<NGINX
worker_processes 1;
pid $work/nginx.pid;
error_log $work/nginx-error.log;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path $work/nginx/body; proxy_temp_path $work/nginx/proxy;
  fastcgi_temp_path $work/nginx/fastcgi; uwsgi_temp_path $work/nginx/uwsgi; scgi_temp_path $work/nginx/scgi;
  upstream prongsai {
    server 127.0.0.1:$PORT_A max_fails=1 fail_timeout=3s;
    server 127.0.0.1:$PORT_B max_fails=1 fail_timeout=3s;
    keepalive 32;
  }
  server {
    listen 127.0.0.1:$NGINX_PORT;
    location / {
      proxy_pass http://prongsai;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host \$http_host;
      proxy_set_header X-Forwarded-For \$remote_addr;
      proxy_connect_timeout 1s;
      # A request that never reached a node (refused) goes to the other; a POST already sent is not repeated.
      proxy_next_upstream error timeout http_502;
    }
  }
}
NGINX
nginx -c "$work/nginx.conf" -p "$work/nginx"

# The load, in Python: citizens' questions and an officer's news, each tagged; a tag is acknowledged when its
# POST was answered with the redirect of success. The officer's back-office page is read every 100 ms.
cat > "$work/load.py" <<'PY'
import http.client, json, re, sys, threading, time, urllib.parse, random

port, duration, kill_at = int(sys.argv[1]), float(sys.argv[2]), float(sys.argv[3])
out = sys.argv[4]
lock = threading.Lock()
acknowledged = {"question": [], "news": []}
failed = {"question": 0, "news": 0}
staff = {"checks": 0, "signed_out": 0, "errors": 0}
start = time.time()

def connect():
    return http.client.HTTPConnection("127.0.0.1", port, timeout=10)

def cookies_of(response, jar):
    for header, value in response.getheaders():
        if header.lower() == "set-cookie":
            name, _, rest = value.partition("=")
            jar[name] = rest.split(";")[0]

def cookie_header(jar):
    return "; ".join(f"{k}={v}" for k, v in jar.items())

def request(method, path, jar, body=None):
    c = connect()
    headers = {"Cookie": cookie_header(jar)}
    if body is not None:
        headers["Content-Type"] = "application/x-www-form-urlencoded"
        body = urllib.parse.urlencode(body)
    c.request(method, path, body=body, headers=headers)
    r = c.getresponse()
    cookies_of(r, jar)
    data = r.read()
    c.close()
    return r.status, r.getheader("Location") or "", data

# The officer signs in once, through nginx.
officer = {}
request("GET", "/login", officer)
status, location, _ = request("POST", "/login", officer,
    {"username": "ita", "password": "prongsai-demo", "_csrf": officer["XSRF-TOKEN"]})
assert status == 302 and "error" not in location, (status, location)

def citizen(n):
    jar = {}
    while time.time() - start < duration:
        try:
            if "XSRF-TOKEN" not in jar:
                request("GET", "/qa", jar)
            tag = f"q{n}-{random.randrange(10**9)}"
            status, location, _ = request("POST", "/qa", jar,
                {"name": "", "website": "", "_csrf": jar["XSRF-TOKEN"], "question": "คำถามทดสอบคลัสเตอร์ " + tag})
            with lock:
                if status == 302 and "error" not in location:
                    acknowledged["question"].append(tag)
                else:
                    failed["question"] += 1
        except Exception:
            with lock:
                failed["question"] += 1
            time.sleep(0.05)

def publisher():
    while time.time() - start < duration:
        tag = f"n{random.randrange(10**9)}"
        try:
            status, location, _ = request("POST", "/admin/news", officer,
                {"_csrf": officer["XSRF-TOKEN"], "publishedOn": "2026-11-20", "body": "เนื้อข่าว",
                 "title": "ข่าวทดสอบคลัสเตอร์ " + tag})
            with lock:
                if status == 302 and "error" not in location and "login" not in location:
                    acknowledged["news"].append(tag)
                else:
                    failed["news"] += 1
        except Exception:
            with lock:
                failed["news"] += 1
        time.sleep(0.2)

def reader():
    while time.time() - start < duration:
        try:
            status, location, _ = request("GET", "/admin/news", officer)
            with lock:
                staff["checks"] += 1
                if status != 200:
                    if "login" in location:
                        staff["signed_out"] += 1
                    else:
                        staff["errors"] += 1
        except Exception:
            with lock:
                staff["errors"] += 1
        time.sleep(0.1)

threads = [threading.Thread(target=citizen, args=(i,)) for i in range(12)]
threads += [threading.Thread(target=publisher), threading.Thread(target=reader)]
for t in threads:
    t.start()
for t in threads:
    t.join()
json.dump({"acknowledged": acknowledged, "failed": failed, "staff": staff,
           "officer": officer, "seconds": time.time() - start}, open(out, "w"))
PY

python3 "$work/load.py" $NGINX_PORT "$DURATION" "$KILL_AT" "$work/load.json" &
load=$!
sleep "$KILL_AT"
kill -9 "$node_a"
wait "$node_a" 2>/dev/null || true
killed_at=$(date +%s.%N)
echo "node A killed at ${KILL_AT} s; starting it again"
start_node $PORT_A "$work/a.log"; node_a=$started_pid; wait_ready $PORT_A
back_in=$(awk -v a="$killed_at" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }')
wait $load

# Every acknowledged tag stored; and how many were stored without an answer (in flight on the killed node).
python3 - "$work/load.json" > "$work/tags.txt" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
for kind, tags in d["acknowledged"].items():
    for t in tags:
        print(kind, t)
PY
stored_questions=$(sql "select question from participation_question where question like 'คำถามทดสอบคลัสเตอร์ %'" | sed 's/^คำถามทดสอบคลัสเตอร์ //' | sort)
stored_news=$(sql "select title from news_item where title like 'ข่าวทดสอบคลัสเตอร์ %'" | sed 's/^ข่าวทดสอบคลัสเตอร์ //' | sort)
ack_questions=$(awk '$1 == "question" {print $2}' "$work/tags.txt" | sort)
ack_news=$(awk '$1 == "news" {print $2}' "$work/tags.txt" | sort)
lost_questions=$(comm -23 <(echo "$ack_questions") <(echo "$stored_questions") | grep -c . || true)
lost_news=$(comm -23 <(echo "$ack_news") <(echo "$stored_news") | grep -c . || true)
read -r failed_q failed_n checks signed_out staff_errors seconds < <(python3 -c "
import json; d = json.load(open('$work/load.json'))
print(d['failed']['question'], d['failed']['news'], d['staff']['checks'], d['staff']['signed_out'], d['staff']['errors'], round(d['seconds'], 1))")

# Caches: both nodes keep /news; one more item published on B must show on A's kept page within a second.
curl -sf "http://127.0.0.1:$PORT_A/news" > /dev/null; curl -sf "http://127.0.0.1:$PORT_B/news" > /dev/null
session=$(python3 -c "import json; d = json.load(open('$work/load.json')); print(d['officer']['PRONGSAI_SESSION'])")
xsrf=$(python3 -c "import json; d = json.load(open('$work/load.json')); print(d['officer']['XSRF-TOKEN'])")
last="ข่าวสุดท้ายของการทดสอบ $(date +%s)"
curl -sf -o /dev/null -b "PRONGSAI_SESSION=$session; XSRF-TOKEN=$xsrf" --data-urlencode "_csrf=$xsrf" \
  --data-urlencode "title=$last" --data-urlencode "body=เนื้อข่าว" --data-urlencode "publishedOn=2026-11-20" \
  "http://127.0.0.1:$PORT_B/admin/news"
published=$(date +%s.%N)
seen_on_a=no
for _ in $(seq 1 20); do
  if curl -sf "http://127.0.0.1:$PORT_A/news" | grep -q "$last"; then seen_on_a=yes; break; fi
  sleep 0.05
done
seen_in=$(awk -v a="$published" -v b="$(date +%s.%N)" 'BEGIN { printf "%.2f", b - a }')
curl -sf "http://127.0.0.1:$PORT_B/news" | grep -q "$last" && seen_on_b=yes || seen_on_b=no

verdict=passed
[ "$lost_questions" -eq 0 ] && [ "$lost_news" -eq 0 ] && [ "$signed_out" -eq 0 ] && [ "$seen_on_a" = yes ] \
  && [ "$seen_on_b" = yes ] || verdict=FAILED

{
  echo "# Cluster"
  echo
  echo "Measured $(date -u +%Y-%m-%d) on $(nproc) cores by \`bench/cluster.sh\`: two nodes of the runnable jar behind"
  echo "nginx on loopback (round robin; a request refused by a node goes to the other, a POST already sent is not"
  echo "repeated), one PostgreSQL 15 (durable), one shared data folder. For ${seconds} s, 12 citizens post questions"
  echo "as fast as they are answered, an officer publishes a news item every 0.2 s and reads the back office every"
  echo "0.1 s, all through nginx. At ${KILL_AT} s node A is killed with \`kill -9\` and started again at once."
  echo
  echo "| | result |"
  echo "|---|---|"
  echo "| questions acknowledged / not stored | $(echo "$ack_questions" | grep -c .) / **$lost_questions** |"
  echo "| news items acknowledged / not stored | $(echo "$ack_news" | grep -c .) / **$lost_news** |"
  echo "| questions stored without an answer (in flight on node A) | $(( $(echo "$stored_questions" | grep -c .) - $(echo "$ack_questions" | grep -c .) )) |"
  echo "| posts that failed (questions, news: sent to node A as it died) | $failed_q, $failed_n |"
  echo "| back-office reads / signed out / failed | $checks / **$signed_out** / $staff_errors |"
  echo "| node A ready again after the kill | ${back_in} s |"
  echo "| a news item published on B shown by A's kept /news page | $seen_on_a, within ${seen_in} s |"
  echo "| … and by B's | $seen_on_b |"
  echo
  echo "Verdict: **$verdict** (nothing acknowledged lost, nobody signed out, both nodes' pages right)."
} > bench/CLUSTER-RESULTS.md
cat bench/CLUSTER-RESULTS.md
[ "$verdict" = passed ]
