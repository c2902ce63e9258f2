#!/usr/bin/env bash
# Backs up Prongsai's database to one file in PostgreSQL's custom format.
# Usage: scripts/backup.sh [FILE]   (default: backups/prongsai-<date>.dump)
# External server: set PGHOST, PGPORT, PGUSER, PGDATABASE (and PGPASSWORD or ~/.pgpass).
# Embedded server (Prongsai running): the port is read from <data dir>/postgres.port.
# PRONGSAI_BACKUP_PASSPHRASE_FILE=F encrypts the dump with the passphrase in F (openssl, AES-256, PBKDF2).
# The file is written with mode 0600.
set -euo pipefail
data_dir=${PRONGSAI_DATA_DIR:-./data}
if [ -z "${PGPORT:-}" ] && [ -f "$data_dir/postgres.port" ]; then
  export PGHOST=${PGHOST:-localhost} PGPORT=$(cat "$data_dir/postgres.port") PGUSER=${PGUSER:-postgres}
  # The embedded server's superuser password, made at its first start.
  [ -f "$data_dir/postgres.password" ] && export PGPASSWORD=${PGPASSWORD:-$(cat "$data_dir/postgres.password")}
  export PGDATABASE=${PGDATABASE:-postgres}
fi
# The dump holds password hashes and sealed secrets: readable by its owner only, whoever runs this.
umask 077
command -v pg_dump > /dev/null \
  || { echo "pg_dump not found: apt-get install postgresql-client (15 or newer; the embedded server brings none)" >&2; exit 1; }
file=${1:-backups/prongsai-$(date -u +%Y%m%dT%H%M%SZ).dump}
mkdir -p "$(dirname "$file")"
# Written beside and renamed once whole: a failed backup leaves no file that looks like one, and never takes the
# place of a good backup of the same name.
partial="$file.partial.$$"
trap 'rm -f "$partial"' EXIT
if [ -n "${PRONGSAI_BACKUP_PASSPHRASE_FILE:-}" ]; then
  [ -r "$PRONGSAI_BACKUP_PASSPHRASE_FILE" ] \
    || { echo "The passphrase file $PRONGSAI_BACKUP_PASSPHRASE_FILE cannot be read: no backup written" >&2; exit 1; }
  # openssl takes the first line only: that line must hold the passphrase.
  head -n 1 "$PRONGSAI_BACKUP_PASSPHRASE_FILE" | grep -q '[^[:space:]]' \
    || { echo "The passphrase file $PRONGSAI_BACKUP_PASSPHRASE_FILE is empty or starts with an empty line: no backup written" >&2; exit 1; }
  # Encrypted (AES-256, key from the passphrase by PBKDF2): a copy that leaves the machine reads as nothing.
  pg_dump --format=custom --no-owner --no-privileges \
    | openssl enc -aes-256-cbc -pbkdf2 -iter 600000 -salt -pass "file:$PRONGSAI_BACKUP_PASSPHRASE_FILE" -out "$partial"
else
  pg_dump --format=custom --no-owner --no-privileges --file="$partial"
fi
chmod 600 "$partial"
mv -f "$partial" "$file"
echo "Backup written to $file ($(du -h "$file" | cut -f1))"
