#!/usr/bin/env bash
# Complaints (issue #15): how many reports a second the public form takes with everything a report costs (a
# data key made and sealed, the text sealed, a 20-digit receipt hashed with Argon2id, the page shown), beside
# the same kind of form without any of it (a public question: one row, no sealing, no hash), in one run, and
# the reports stored against those acknowledged. Writes bench/COMPLAINTS-RESULTS.md.
#   bench/complaints.sh        (installs wrk with apt when missing; DURATION=30s, CONNECTIONS=8 by default)
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
need_packages wrk

APP_PORT=18094 DURATION=${DURATION:-30s} CONNECTIONS=${CONNECTIONS:-8}
start_prongsai $APP_PORT --prongsai.flood.enabled=false

# A citizen's form: the CSRF token lives in a cookie and is sent back in the form, as a browser does.
curl -sf -c "$work/anon.jar" "$base/complaints/new" -o /dev/null
xsrf=$(awk '$6 == "XSRF-TOKEN" {print $7}' "$work/anon.jar")

# A report is acknowledged when its page shows a receipt; a question when it is redirected to "asked".
cat > "$work/post.lua" <<'LUA'
local threads = {}
function setup(thread) table.insert(threads, thread) end
function init(args) kind = args[1]; xsrf = args[2]; n = 0; acknowledged = 0; refused = 0 end
local function encode(s)
  return (s:gsub("[^%w%-_%.~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end
function request()
  n = n + 1
  local tag = tostring(math.random(1, 1e9)) .. "-" .. n
  local headers = {["Content-Type"] = "application/x-www-form-urlencoded", ["Cookie"] = "XSRF-TOKEN=" .. xsrf}
  if kind == "report" then
    local body = "channel=CORRUPTION&anonymous=true&subject=&place=&name=&nationalId=&phone=&email=&lineId="
      .. "&website=&_csrf=" .. encode(xsrf) .. "&text=" .. encode("เจ้าหน้าที่เรียกรับเงินเพื่อเร่งใบอนุญาต " .. tag)
    return wrk.format("POST", "/complaints", headers, body)
  end
  local body = "name=&website=&_csrf=" .. encode(xsrf) .. "&question=" .. encode("คำถามทดสอบภาระงาน " .. tag)
  return wrk.format("POST", "/qa", headers, body)
end
function response(status, headers, body)
  if (kind == "report" and status == 200 and body:find("receipt%-code")) or (kind ~= "report" and status == 302) then
    acknowledged = acknowledged + 1
  else refused = refused + 1 end
end
function done()
  local a, r = 0, 0
  for _, t in ipairs(threads) do a = a + t:get("acknowledged"); r = r + t:get("refused") end
  io.write(string.format("ACKNOWLEDGED %d\nREFUSED %d\n", a, r))
end
LUA
run() { # kind, output, table: the rows the measured run added are counted, not the warm-up's
  wrk -t1 -c"$CONNECTIONS" -d10s -s "$work/post.lua" "$base" -- "$1" "$xsrf" > /dev/null
  sleep 2
  local before; before=$(psql_ "select count(*) from $3")
  wrk -t1 -c"$CONNECTIONS" -d"$DURATION" --latency -s "$work/post.lua" "$base" -- "$1" "$xsrf" > "$2"
  sleep 2
  echo $(( $(psql_ "select count(*) from $3") - before ))
}
reports_stored=$(run report "$work/report.txt" complaint_case)
questions_stored=$(run question "$work/question.txt" participation_question)
# One receipt hash alone, on one idle core, with the application's own parameters, for scale.
./mvnw -q -o -B dependency:build-classpath -Dmdep.outputFile="$work/cp.txt" >/dev/null 2>&1
cat > "$work/T.java" <<'JAVA'
public class T {
  public static void main(String[] a) {
    var e = new org.springframework.security.crypto.argon2.Argon2PasswordEncoder(16, 32, 1, 19 * 1024, 2);
    for (int i = 0; i < 5; i++) e.encode("12345678901234567890");
    long t = System.nanoTime();
    for (int i = 0; i < 20; i++) e.encode("12345678901234567890");
    System.out.printf("%.0f%n", (System.nanoTime() - t) / 1e6 / 20);
  }
}
JAVA
(cd "$work" && javac -proc:none -cp "$(cat cp.txt)" T.java)
hash_ms=$(cd "$work" && java -cp "$(cat cp.txt):." T)

rps() { awk '/Requests\/sec/ {print $2}' "$1"; }
pct() { awk -v p="$2" '$1 == p {print $2}' "$1"; }
ack() { awk '/^ACKNOWLEDGED/ {print $2}' "$1"; }
refused() { awk '/^REFUSED/ {print $2}' "$1"; }
{
  echo "# Complaints under load"
  echo
  echo "Measured $(date -u +%Y-%m-%d) on $(nproc) cores by \`bench/complaints.sh\` (wrk $(wrk -v 2>&1 | head -1 | awk '{print $2}')):"
  echo "the demo agency on its embedded PostgreSQL (durable: fsync and synchronous commit on), loopback, $CONNECTIONS"
  echo "connections for $DURATION a run after a 10 s warm-up, the flood limit off. Both runs post an anonymous citizen's form"
  echo "with its CSRF token; the first is a corruption report, the second the same kind of form without sealing or"
  echo "hashing (a public question: one row)."
  echo
  echo "| run | posts/s | p50 | p99 | acknowledged | refused or failed |"
  echo "|---|---:|---:|---:|---:|---:|"
  echo "| report: data key made and sealed, text sealed, Argon2id receipt (19 MiB, 2 passes), receipt page | $(rps "$work/report.txt") | $(pct "$work/report.txt" 50%) | $(pct "$work/report.txt" 99%) | $(ack "$work/report.txt") | $(refused "$work/report.txt") |"
  echo "| question: the same form path, one row, nothing sealed or hashed | $(rps "$work/question.txt") | $(pct "$work/question.txt" 50%) | $(pct "$work/question.txt" 99%) | $(ack "$work/question.txt") | $(refused "$work/question.txt") |"
  echo
  echo "- Reports the measured run stored: $reports_stored, acknowledged: $(ack "$work/report.txt") (wrk stops with up to"
  echo "  $CONNECTIONS posts in flight, which may be stored though their answers were never read)."
  echo "- Questions the measured run stored: $questions_stored, acknowledged: $(ack "$work/question.txt")."
  echo "- One receipt hash alone (Argon2id, 19 MiB, 2 passes, Spring Security's BouncyCastle implementation) takes"
  echo "  ${hash_ms} ms on one idle core; making a Tink data key about 0.3 ms. The hash is there on purpose: a copy of the"
  echo "  database must not give the receipts back. A JFR profile of the report run puts 95 % of the CPU in"
  echo "  BouncyCastle's Argon2 (applyBlake, fillBlock), so reports per second are about the cores over one hash."
  echo "- The hash runs before the report's transaction. It first ran inside it, after the agency's case counter was"
  echo "  locked: reports took turns on that lock and the same run gave 8 a second (p99 1.9 s)."
} > bench/COMPLAINTS-RESULTS.md
cat bench/COMPLAINTS-RESULTS.md
