#!/usr/bin/env bash
# Recomputes every agency's audit chain in the database and prints, per agency, how many records it holds,
# the first record that does not match (empty when whole) and the newest hash. Exits 1 if any chain is broken.
#   scripts/verify-audit.sh                       (embedded database: the port is read from ./data/postgres.port)
#   PGHOST=db PGUSER=prongsai PGDATABASE=prongsai scripts/verify-audit.sh
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -z "${PGHOST:-}" ]; then
  export PGHOST=127.0.0.1 PGUSER=postgres PGDATABASE=postgres
  export PGPORT="$(cat "${PRONGSAI_DATA_DIR:-./data}/postgres.port")"
  export PGPASSWORD="$(cat "${PRONGSAI_DATA_DIR:-./data}/postgres.password")"
fi
check=$(mktemp)
trap 'rm -f "$check"' EXIT
psql -v ON_ERROR_STOP=1 -X -A -F ' ' -t <<'SQL' | tee "$check"
-- Records written since the application last sealed take their place first (it seals every second).
select count(audit_seal(id)) from agency \g /dev/null
with chain as (
    select agency_id, seq, hash, prev_hash, audit_event_digest(prev_hash, e) as expected,
           coalesce(lag(hash) over (partition by agency_id order by seq), repeat('0', 64)) as previous,
           row_number() over (partition by agency_id order by seq) as position
    from audit_event e where seq is not null)
select a.slug, count(c.seq), coalesce(min(c.seq) filter (where c.hash <> c.expected or c.prev_hash <> c.previous
           or c.seq <> c.position)::text, 'whole'),
       (select hash from audit_event where agency_id = a.id and seq is not null order by seq desc limit 1)
from agency a left join chain c on c.agency_id = a.id
group by a.id, a.slug order by a.slug;
SQL
if awk '$3 != "whole" && $2 != "0" { bad = 1 } END { exit bad ? 0 : 1 }' "$check"; then
  echo "An audit chain is broken." >&2
  exit 1
fi
