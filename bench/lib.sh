# Shared by the load scripts (sourced, not run): Debian packages they need, a fresh build of Prongsai started on
# a data folder of its own and stopped at the end, and psql on its embedded database.

# Installs the Debian packages that are missing (wrk, nginx-light, …).
need_packages() {
  local p sudo_cmd=""
  [ "$(id -u)" -ne 0 ] && sudo_cmd=sudo
  for p in "$@"; do
    dpkg -s "$p" >/dev/null 2>&1 || $sudo_cmd apt-get install -y -qq "$p" >/dev/null
  done
}

# Builds Prongsai and starts it on port $1 with a new data folder ($work/data) and any further arguments;
# returns once it is ready. Sets work, app, base, pgport and PGPASSWORD; stops it (and removes $work unless
# KEEP=1, the database of a write run being gigabytes) when the script ends.
start_prongsai() {
  local port=$1
  shift
  work=$(mktemp -d)
  ./mvnw -q -B -ntp package -DskipTests -Dspotless.check.skip=true
  # The demo's fixed, published logins (prongsai-demo and the README's TOTP secrets), which the scripts sign in with.
  java -jar target/prongsai-0.1.0-SNAPSHOT-exec.jar --server.port="$port" --prongsai.data-dir="$work/data" \
    --prongsai.demo.fixed-secrets=true "$@" \
    > "$work/app.log" 2>&1 &
  app=$!
  trap stop_prongsai EXIT
  for _ in $(seq 1 120); do
    curl -sf "http://127.0.0.1:$port/actuator/health/readiness" >/dev/null && break
    sleep 1
  done
  base="http://127.0.0.1:$port"
  pgport=$(cat "$work/data/postgres.port")
  PGPASSWORD=$(cat "$work/data/postgres.password")
  export PGPASSWORD
}

stop_prongsai() {
  [ -n "${app:-}" ] && kill "$app" 2>/dev/null && wait "$app" 2>/dev/null || true
  [ "${KEEP:-0}" = 1 ] || rm -rf "$work"
}

psql_() { psql -h 127.0.0.1 -p "$pgport" -U postgres -d postgres -Atq -c "$1"; }
