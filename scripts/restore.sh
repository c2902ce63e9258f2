#!/usr/bin/env bash
# Restores a backup made by backup.sh into an EMPTY database (create it first: createdb NAME).
# Usage: scripts/restore.sh FILE DATABASE
# Connection settings as for backup.sh; the target database is the second argument. An encrypted backup needs
# the same PRONGSAI_BACKUP_PASSPHRASE_FILE it was made with.
set -euo pipefail
if [ $# -ne 2 ]; then
  echo "usage: $0 FILE DATABASE" >&2
  exit 2
fi
data_dir=${PRONGSAI_DATA_DIR:-./data}
if [ -z "${PGPORT:-}" ] && [ -f "$data_dir/postgres.port" ]; then
  export PGHOST=${PGHOST:-localhost} PGPORT=$(cat "$data_dir/postgres.port") PGUSER=${PGUSER:-postgres}
  # The embedded server's superuser password, made at its first start.
  [ -f "$data_dir/postgres.password" ] && export PGPASSWORD=${PGPASSWORD:-$(cat "$data_dir/postgres.password")}
fi
if ! command -v pg_restore > /dev/null; then
  bundled=$(ls -d /tmp/embedded-pg/PG-*/bin 2> /dev/null | head -1 || true)
  [ -n "$bundled" ] || { echo "pg_restore not found: install postgresql-client, or start Prongsai once" >&2; exit 1; }
  PATH="$bundled:$PATH"
fi
if [ -n "${PRONGSAI_BACKUP_PASSPHRASE_FILE:-}" ]; then
  openssl enc -d -aes-256-cbc -pbkdf2 -iter 600000 -pass "file:$PRONGSAI_BACKUP_PASSPHRASE_FILE" -in "$1" \
    | pg_restore --no-owner --no-privileges --exit-on-error --single-transaction --dbname="$2" \
    || { echo "Could not restore $1: a wrong passphrase, or a file that is not an encrypted backup (nothing was restored)" >&2; exit 1; }
elif [ "$(head -c 8 "$1")" = "Salted__" ]; then
  echo "$1 is encrypted: set PRONGSAI_BACKUP_PASSPHRASE_FILE to the passphrase file it was made with" >&2
  exit 1
else
  pg_restore --no-owner --no-privileges --exit-on-error --single-transaction --dbname="$2" "$1"
fi
echo "Restored $1 into database $2"
