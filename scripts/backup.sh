#!/usr/bin/env bash
# Backs up Prongsai's database to one file in PostgreSQL's custom format.
# Usage: scripts/backup.sh [FILE]   (default: backups/prongsai-<date>.dump)
# External server: set PGHOST, PGPORT, PGUSER, PGDATABASE (and PGPASSWORD or ~/.pgpass).
# Embedded server (Prongsai running): the port is read from <data dir>/postgres.port.
set -euo pipefail
data_dir=${PRONGSAI_DATA_DIR:-./data}
if [ -z "${PGPORT:-}" ] && [ -f "$data_dir/postgres.port" ]; then
  export PGHOST=${PGHOST:-localhost} PGPORT=$(cat "$data_dir/postgres.port") PGUSER=${PGUSER:-postgres}
  # The embedded server's superuser password, made at its first start.
  [ -f "$data_dir/postgres.password" ] && export PGPASSWORD=${PGPASSWORD:-$(cat "$data_dir/postgres.password")}
  export PGDATABASE=${PGDATABASE:-postgres}
fi
file=${1:-backups/prongsai-$(date -u +%Y%m%dT%H%M%SZ).dump}
mkdir -p "$(dirname "$file")"
pg_dump --format=custom --no-owner --no-privileges --file="$file"
echo "Backup written to $file ($(du -h "$file" | cut -f1))"
