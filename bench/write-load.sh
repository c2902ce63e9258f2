#!/usr/bin/env bash
# Write load (issue #18): 64 connections for 60 s of citizens' public questions, then 64 of staff publishing
# news, each while anonymous readers read a kept public page, then pgbench's single-row insert with 64 clients
# on the same embedded database as a yardstick. Counts acknowledged writes against stored rows afterwards.
# Writes bench/WRITE-LOAD-RESULTS.md.
#   bench/write-load.sh            (installs wrk with apt when missing; DURATION=60s by default)
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
need_packages wrk

APP_PORT=18090 DURATION=${DURATION:-60s} CONNECTIONS=${CONNECTIONS:-64} READ_PAGE=/oit/2567/O11
# The flood limit on public forms is switched off for this run only: it is what is measured here.
start_prongsai $APP_PORT --prongsai.flood.enabled=false

# A citizen's form: the CSRF token lives in a cookie and is sent back in the form, as a browser does.
curl -sf -c "$work/anon.jar" "$base/qa" -o /dev/null
xsrf=$(awk '$6 == "XSRF-TOKEN" {print $7}' "$work/anon.jar")

# One staff session per connection, as that many officers at their desks would (SESSIONS to change it).
SESSIONS=${SESSIONS:-$CONNECTIONS}
sessions=()
for i in $(seq 1 "$SESSIONS"); do
  jar="$work/staff$i.jar"
  curl -sf -c "$jar" "$base/login" -o /dev/null
  token=$(awk '$6 == "XSRF-TOKEN" {print $7}' "$jar")
  curl -sf -b "$jar" -c "$jar" -o /dev/null --data-urlencode "username=ita" --data-urlencode "password=prongsai-demo" \
    --data-urlencode "_csrf=$token" "$base/login"
  sessions+=("PRONGSAI_SESSION=$(awk '$6 == "PRONGSAI_SESSION" {print $7}' "$jar"); XSRF-TOKEN=$token|$token")
done

# wrk: each connection posts forms; a 302 is an acknowledged write, counted per thread and summed at the end.
cat > "$work/post.lua" <<'LUA'
local threads = {}
function setup(thread) table.insert(threads, thread) end
function init(args)
  kind = args[1]; xsrf = args[2]; sessions = {}
  for i = 3, #args do sessions[#sessions + 1] = args[i] end
  n = 0; acknowledged = 0; refused = 0
end
local function encode(s)
  return (s:gsub("[^%w%-_%.~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end
function request()
  n = n + 1
  local tag = tostring(math.random(1, 1e9)) .. "-" .. n
  if kind == "question" then
    local body = "name=&website=&_csrf=" .. encode(xsrf) .. "&question=" .. encode("คำถามทดสอบภาระงาน " .. tag)
    return wrk.format("POST", "/qa", {["Content-Type"] = "application/x-www-form-urlencoded",
      ["Cookie"] = "XSRF-TOKEN=" .. xsrf}, body)
  end
  local pick = sessions[(n % #sessions) + 1]
  local cookie, token = pick:match("^(.*)|(.*)$")
  local body = "_csrf=" .. encode(token) .. "&publishedOn=2026-11-20&body=" .. encode("เนื้อข่าว")
    .. "&title=" .. encode("ข่าวทดสอบภาระงาน " .. tag)
  return wrk.format("POST", "/admin/news", {["Content-Type"] = "application/x-www-form-urlencoded",
    ["Cookie"] = cookie}, body)
end
function response(status, headers, body)
  if status == 302 and not (headers["Location"] or ""):find("error") then acknowledged = acknowledged + 1
  else refused = refused + 1 end
end
function done(summary, latency, requests)
  local a, r = 0, 0
  for _, t in ipairs(threads) do a = a + t:get("acknowledged"); r = r + t:get("refused") end
  io.write(string.format("ACKNOWLEDGED %d\nREFUSED %d\n", a, r))
end
LUA

# A reader as citizens read: 4 connections, each waiting 20 ms after every answer (about 180 pages a second).
# Unpaced, four readers would take as much CPU as the writers and measure the machine, not the wait.
echo 'function delay() return 20 end' > "$work/paced.lua"
write_run() { # $1: question or news; the reader runs beside it
  wrk -t1 -c4 -d"$DURATION" --latency -s "$work/paced.lua" "$base$READ_PAGE" > "$work/read-$1.txt" &
  local reader=$!
  wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --timeout 10s --latency -s "$work/post.lua" "$base" -- \
    "$1" "$xsrf" "${sessions[@]}" > "$work/write-$1.txt"
  wait $reader
}
# Warm-up: the JVM compiles both request paths; on 2 cores its optimising compiler is still busy for about
# half a minute of each (a staff write runs through much more code than a citizen's question).
DURATION=30s write_run question
DURATION=30s write_run news
warm_questions=$(psql_ "select count(*) from participation_question")
warm_news=$(psql_ "select count(*) from news_item where title like 'ข่าวทดสอบภาระงาน %'")
write_run question
stored_questions=$(( $(psql_ "select count(*) from participation_question") - warm_questions ))
write_run news
stored_news=$(( $(psql_ "select count(*) from news_item where title like 'ข่าวทดสอบภาระงาน %'") - warm_news ))
timeouts=$(grep -c "Connection is not available" "$work/app.log" || true)

# The yardstick: the same database, one single-row insert per transaction, as many clients.
psql_ "create table if not exists bench_insert (id bigserial primary key, question text not null, at timestamptz default now())"
cat > "$work/insert.sql" <<'SQL'
insert into bench_insert (question) values ('คำถามทดสอบภาระงาน');
SQL
pgbench -h 127.0.0.1 -p "$pgport" -U postgres -n -c "$CONNECTIONS" -j 2 -T "${DURATION%s}" -f "$work/insert.sql" postgres \
  > "$work/pgbench.txt" 2>&1
psql_ "drop table bench_insert"
durability=$(psql_ "select string_agg(name || '=' || setting, ', ' order by name) from pg_settings where name in ('fsync', 'synchronous_commit', 'full_page_writes')")

rps() { awk '/Requests\/sec/ {print $2}' "$1"; }
pct() { awk -v p="$2" '$1 == p {print $2}' "$1"; }
ack() { awk -v k="$2" '$1 == k {print $2}' "$1"; }
errors() { awk '/Socket errors|timeout/ {print}' "$1" | tr '\n' ' '; }
millis() { echo "$1" | awk '/us$/ {print $1 / 1000; next} /ms$/ {print $1 + 0; next} /s$/ {print $1 * 1000}'; }
verdict() { awk -v r="$1" -v p="$(millis "$2")" -v t="$3" 'BEGIN { print (r >= 1000 && p < 100 && t == 0) ? "met" : "NOT met" }'; }
kept() { awk -v a="$1" -v s="$2" -v c="$CONNECTIONS" 'BEGIN { print (s >= a && s - a <= c) ? "yes (" s - a " in flight)" : "NO" }'; }
read_verdict() { awk -v p="$(millis "$1")" 'BEGIN { print (p < 50) ? "met" : "NOT met" }'; }
{
  echo "# Writes under load"
  echo
  echo "Measured $(date -u +%Y-%m-%d) on $(nproc) cores by \`bench/write-load.sh\` (wrk $(wrk -v 2>&1 | head -1 | awk '{print $2}'),"
  echo "pgbench $(pgbench --version | awk '{print $3}')): the demo agency on its embedded PostgreSQL ($durability),"
  echo "pool of 10 connections, loopback, $CONNECTIONS connections for $DURATION a run after 30 s of warm-up of each kind; the flood"
  echo "limit on public forms off. Beside each write run, 4 connections read the kept page \`$READ_PAGE\`, each"
  echo "waiting 20 ms after every answer."
  echo
  echo "| run | writes/s | p50 | p99 | acknowledged | stored | refused or failed | socket errors |"
  echo "|---|---:|---:|---:|---:|---:|---:|---|"
  echo "| public questions (anonymous) | $(rps "$work/write-question.txt") | $(pct "$work/write-question.txt" 50%) | $(pct "$work/write-question.txt" 99%) | $(ack "$work/write-question.txt" ACKNOWLEDGED) | $stored_questions | $(ack "$work/write-question.txt" REFUSED) | $(errors "$work/write-question.txt") |"
  echo "| staff publishing news ($SESSIONS sessions) | $(rps "$work/write-news.txt") | $(pct "$work/write-news.txt" 50%) | $(pct "$work/write-news.txt" 99%) | $(ack "$work/write-news.txt" ACKNOWLEDGED) | $stored_news | $(ack "$work/write-news.txt" REFUSED) | $(errors "$work/write-news.txt") |"
  echo "| pgbench single-row insert | $(awk '/^tps/ {print int($3)}' "$work/pgbench.txt") | | $(awk '/latency average/ {print $4 " ms (average)"}' "$work/pgbench.txt") | | | | |"
  echo
  echo "| reader of the kept page | requests/s | p50 | p99 |"
  echo "|---|---:|---:|---:|"
  echo "| during the questions | $(rps "$work/read-question.txt") | $(pct "$work/read-question.txt" 50%) | $(pct "$work/read-question.txt" 99%) |"
  echo "| during the news | $(rps "$work/read-news.txt") | $(pct "$work/read-news.txt" 50%) | $(pct "$work/read-news.txt" 99%) |"
  echo
  echo "- Pool time-outs in the application's log: $timeouts."
  echo "- Public questions: at least 1,000 writes/s with p99 under 100 ms and no time-out: **$(verdict "$(rps "$work/write-question.txt")" "$(pct "$work/write-question.txt" 99%)" "$timeouts")**."
  echo "- Staff news: at least 1,000 writes/s with p99 under 100 ms and no time-out: **$(verdict "$(rps "$work/write-news.txt")" "$(pct "$work/write-news.txt" 99%)" "$timeouts")**."
  echo "- Reader p99 under 50 ms during the questions: **$(read_verdict "$(pct "$work/read-question.txt" 99%)")**; during the news: **$(read_verdict "$(pct "$work/read-news.txt" 99%)")**."
  echo "- Every acknowledged write stored: questions **$(kept "$(ack "$work/write-question.txt" ACKNOWLEDGED)" "$stored_questions")**, news **$(kept "$(ack "$work/write-news.txt" ACKNOWLEDGED)" "$stored_news")**."
  echo "  wrk stops with up to $CONNECTIONS posts in flight, which the database may have stored though their answers"
  echo "  were never read: stored may exceed acknowledged by at most that many, and must never fall short of it."
} > bench/WRITE-LOAD-RESULTS.md
cat bench/WRITE-LOAD-RESULTS.md
