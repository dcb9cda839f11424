#!/usr/bin/env bash
# Dumps one PostgreSQL database in pg_dump's custom format (-Fc: compressed, restorable table by table with
# pg_restore, consistent as of one snapshot while the application keeps running).
#
#   ops/backup.sh DATABASE DUMP_FILE
#
# Connection through libpq's variables: PGHOST, PGPORT, PGUSER, PGPASSWORD (or ~/.pgpass). PG_BIN names the
# folder of the client programs when the ones on PATH are older than the server (pg_dump refuses to dump a newer
# server). Prints `dump-seconds=S bytes=B` on success; exits non-zero (and leaves no half file) on failure.
set -euo pipefail

if [ $# -ne 2 ]; then
	echo "usage: $0 DATABASE DUMP_FILE" >&2
	exit 2
fi
database=$1
dump=$2
bin=${PG_BIN:+$PG_BIN/}

start=$(date +%s.%N)
# Write next to the target and rename at the end, so a failed dump never looks like a good one.
"${bin}pg_dump" --format=custom --no-owner --no-privileges --dbname="$database" --file="$dump.partial"
mv -f "$dump.partial" "$dump"
end=$(date +%s.%N)
awk -v s="$start" -v e="$end" -v b="$(stat -c %s "$dump")" 'BEGIN { printf "dump-seconds=%.2f bytes=%d\n", e - s, b }'
