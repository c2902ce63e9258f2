#!/usr/bin/env bash
# Restores a backup made by backup.sh into an EMPTY database (create it first: createdb NAME).
# Usage: scripts/restore.sh FILE DATABASE
# Connection settings as for backup.sh; the target database is the second argument.
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
pg_restore --no-owner --no-privileges --exit-on-error --single-transaction --dbname="$2" "$1"
echo "Restored $1 into database $2"
