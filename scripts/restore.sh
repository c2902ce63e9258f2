#!/usr/bin/env bash
# Restores a backup made by backup.sh.
# Usage: scripts/restore.sh FILE DATABASE
#          into an EMPTY database of a running server (create it first: createdb DATABASE); connection settings
#          as for backup.sh.
#        scripts/restore.sh --embedded FILE
#          into the embedded database of a STOPPED Prongsai (its data folder: PRONGSAI_DATA_DIR, default ./data).
#          The server is started for the restore with the binaries Prongsai brought, as root or as the folder's
#          owner, and stopped again; the database it held is kept, renamed postgres_before_restore_<time>.
# An encrypted backup needs the same PRONGSAI_BACKUP_PASSPHRASE_FILE it was made with. Needs the PostgreSQL
# client (apt-get install postgresql-client, version 15 or newer).
set -euo pipefail
usage() {
  echo "usage: $0 FILE DATABASE   or   $0 --embedded FILE" >&2
  exit 2
}
[ $# -eq 2 ] || usage
data_dir=${PRONGSAI_DATA_DIR:-./data}
command -v pg_restore > /dev/null && command -v psql > /dev/null \
  || { echo "pg_restore and psql not found: apt-get install postgresql-client (15 or newer)" >&2; exit 1; }

# restore_into FILE DATABASE: the whole file in one transaction; nothing is restored when any of it fails.
restore_into() {
  if [ -n "${PRONGSAI_BACKUP_PASSPHRASE_FILE:-}" ]; then
    [ -r "$PRONGSAI_BACKUP_PASSPHRASE_FILE" ] \
      || { echo "The passphrase file $PRONGSAI_BACKUP_PASSPHRASE_FILE cannot be read (nothing was restored)" >&2; return 1; }
    openssl enc -d -aes-256-cbc -pbkdf2 -iter 600000 -pass "file:$PRONGSAI_BACKUP_PASSPHRASE_FILE" -in "$1" \
      | pg_restore --no-owner --no-privileges --exit-on-error --single-transaction --dbname="$2" \
      || { echo "Could not restore $1: a wrong passphrase, or a file that is not an encrypted backup (nothing was restored)" >&2; return 1; }
  elif [ "$(head -c 8 "$1" | tr -d '\0')" = "Salted__" ]; then
    echo "$1 is encrypted: set PRONGSAI_BACKUP_PASSPHRASE_FILE to the passphrase file it was made with" >&2
    return 1
  else
    pg_restore --no-owner --no-privileges --exit-on-error --single-transaction --dbname="$2" "$1"
  fi
}

if [ "$1" != "--embedded" ]; then
  if [ -z "${PGPORT:-}" ] && [ -f "$data_dir/postgres.port" ]; then
    export PGHOST=${PGHOST:-localhost} PGPORT=$(cat "$data_dir/postgres.port") PGUSER=${PGUSER:-postgres}
    # The embedded server's superuser password, made at its first start.
    [ -f "$data_dir/postgres.password" ] && export PGPASSWORD=${PGPASSWORD:-$(cat "$data_dir/postgres.password")}
  fi
  restore_into "$1" "$2"
  echo "Restored $1 into database $2"
  exit 0
fi

file=$2
# Absolute: the server is known by its folder in its command line, whatever folder this runs from.
[ -d "$data_dir" ] || { echo "No data folder $data_dir (set PRONGSAI_DATA_DIR)" >&2; exit 1; }
data_dir=$(realpath "$data_dir")
pgdata=$data_dir/postgres
[ -f "$file" ] || { echo "No backup file $file" >&2; exit 1; }
[ -r "$file" ] || { echo "The backup file $file cannot be read by $(id -un)" >&2; exit 1; }
[ -f "$pgdata/PG_VERSION" ] || { echo "No embedded database in $pgdata (set PRONGSAI_DATA_DIR)" >&2; exit 1; }
version=$(cat "$pgdata/PG_VERSION")
# The server Prongsai extracted at its first start (the jar's PostgreSQL, which also runs as root).
postgres_bin=
for candidate in /tmp/embedded-pg/PG-*/bin/postgres; do
  [ -x "$candidate" ] && "$candidate" --version | grep -q " $version\." && postgres_bin=$candidate && break
done
[ -n "$postgres_bin" ] \
  || { echo "PostgreSQL $version as Prongsai brings it is not extracted yet: start and stop Prongsai once from this shell, e.g. java -jar prongsai.jar --prongsai.data-dir=\$(mktemp -d) --prongsai.demo=false" >&2; exit 1; }

# Whether a process is a PostgreSQL server on this folder (a stale pid file may name any other process by now).
serves_this_folder() {
  [ -r "/proc/$1/cmdline" ] && tr '\0' ' ' < "/proc/$1/cmdline" | grep -q "postgres.* -D $(realpath "$pgdata")\( \|$\)"
}
# The Java process, or the restore, that owns the server: its pid is kept beside it while it runs.
owner_running() {
  local owner
  owner=$(cat "$data_dir/postgres.owner" 2> /dev/null || true)
  [ -n "$owner" ] && [ "$owner" != "$$" ] && [ -r "/proc/$owner/cmdline" ] \
    && ! awk '{ exit !($3 == "Z") }' "/proc/$owner/stat" 2> /dev/null \
    && tr '\0' ' ' < "/proc/$owner/cmdline" | grep -q 'java\|restore.sh'
}

if owner_running; then
  echo "Prongsai, or another restore, is running on $data_dir: stop it first (nothing was restored)" >&2
  exit 1
fi
if [ -f "$pgdata/postmaster.pid" ]; then
  pid=$(head -1 "$pgdata/postmaster.pid")
  if kill -0 "$pid" 2> /dev/null && serves_this_folder "$pid"; then
    # Left running by a Prongsai that was killed: stopped as Prongsai's next start would (fast shutdown).
    echo "Stopping the embedded server a killed Prongsai left running (pid $pid)"
    kill -INT "$pid"
    for _ in $(seq 1 300); do kill -0 "$pid" 2> /dev/null || break; sleep 0.1; done
  fi
fi

# This restore owns the folder while it runs: a Prongsai started meanwhile refuses to start on it.
echo "$$" > "$data_dir/postgres.owner"
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
log=$(mktemp)
chmod 644 "$log"
# PostgreSQL refuses to run as root. Root runs it as the folder's owner (the service's user), or, for a folder
# root owns, in a user namespace of its own as Prongsai does.
as_owner=
if [ "$(id -u)" -eq 0 ]; then
  folder_owner=$(stat -c %U "$pgdata")
  if [ "$folder_owner" = root ]; then as_owner="unshare -Uu"; else as_owner="runuser -u $folder_owner --"; fi
fi
$as_owner "$postgres_bin" -D "$pgdata" -p "$port" -c listen_addresses=127.0.0.1 -c unix_socket_directories= >> "$log" 2>&1 &
server=$!
stop_server() {
  local pid
  pid=$(head -1 "$pgdata/postmaster.pid" 2> /dev/null || true)
  if [ -n "$pid" ] && serves_this_folder "$pid"; then
    kill -INT "$pid" 2> /dev/null || true
    for _ in $(seq 1 300); do kill -0 "$pid" 2> /dev/null || break; sleep 0.1; done
  fi
  kill -INT "$server" 2> /dev/null || true
  wait "$server" 2> /dev/null || true
  rm -f "$log"
  rm -f "$data_dir/postgres.owner"
}
trap stop_server EXIT
export PGHOST=127.0.0.1 PGPORT=$port PGUSER=postgres
export PGPASSWORD=${PGPASSWORD:-$(cat "$data_dir/postgres.password")}
for _ in $(seq 1 300); do
  pg_isready -q -d template1 && break
  kill -0 "$server" 2> /dev/null || { cat "$log" >&2; echo "The embedded server did not start (nothing was restored)" >&2; exit 1; }
  sleep 0.1
done

# Restored into a database of its own, then swapped in by two renames: until the swap, an interrupted or
# failed restore leaves the database in use as it was.
kept=postgres_before_restore_$(date -u +%Y%m%d%H%M%S)
psql -q -d template1 -v ON_ERROR_STOP=1 -c "drop database if exists postgres_restoring" -c "create database postgres_restoring"
if ! restore_into "$file" postgres_restoring; then
  psql -q -d template1 -c "drop database if exists postgres_restoring"
  echo "Nothing was restored; the embedded database is as it was" >&2
  exit 1
fi
psql -q -d template1 -v ON_ERROR_STOP=1 --single-transaction -c "alter database postgres rename to $kept" \
  -c "alter database postgres_restoring rename to postgres"
echo "Restored $file into the embedded database of $data_dir."
echo "The database it held is kept as $kept; once the restore is checked: psql … -c 'drop database $kept'"
