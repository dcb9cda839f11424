#!/usr/bin/env bash
# Proves a dump restores: restores DUMP_FILE (from ops/backup.sh) into a new scratch database on the same server,
# then compares every table of DATABASE with its copy — row count and an md5 checksum of all its rows in a fixed
# order — and drops the scratch database again.
#
#   ops/restore-check.sh DUMP_FILE DATABASE
#
# Exits 0 when every table matches, 1 when any table differs or is missing (each one is named), 2 on usage or
# restore errors. Compare against the database the dump was taken from right after taking it (the checksums see
# every later change too), or against a copy frozen at that time. Connection as in ops/backup.sh (PGHOST, PGPORT,
# PGUSER, PGPASSWORD, PG_BIN); the user needs CREATEDB. KEEP_SCRATCH=1 keeps the scratch database for a look.
#
# The checksum reads each table whole (string_agg of its rows as text, ordered by that text), so it suits
# databases of up to a few GB; beyond that compare counts plus per-table checksums of a sample.
set -euo pipefail

if [ $# -ne 2 ]; then
	echo "usage: $0 DUMP_FILE DATABASE" >&2
	exit 2
fi
dump=$1
database=$2
bin=${PG_BIN:+$PG_BIN/}
scratch="restore_check_$(date +%Y%m%d%H%M%S)_$$"
psql=("${bin}psql" --no-psqlrc --quiet --set=ON_ERROR_STOP=1 --tuples-only --no-align)

cleanup() {
	if [ "${KEEP_SCRATCH:-0}" != 1 ]; then
		"${psql[@]}" --dbname=postgres --command="drop database if exists $scratch" >/dev/null 2>&1 || true
	fi
}
trap cleanup EXIT

"${psql[@]}" --dbname=postgres --command="create database $scratch encoding 'UTF8' template template0" >/dev/null
start=$(date +%s.%N)
if ! "${bin}pg_restore" --no-owner --no-privileges --exit-on-error --dbname="$scratch" "$dump"; then
	echo "restore-check: pg_restore failed for $dump" >&2
	exit 2
fi
end=$(date +%s.%N)
restore_seconds=$(awk -v s="$start" -v e="$end" 'BEGIN { printf "%.2f", e - s }')

# One line per table of the application's schemas: schema.table|rows|md5. The same statement runs on both
# databases; the query text is generated in SQL so names need no quoting here.
fingerprints() {
	local generate="
		select string_agg(format(
			'select %L || ''|'' || count(*) || ''|'' || md5(coalesce(string_agg(t::text, E''\n'' order by t::text), '''')) from %I.%I t',
			table_schema || '.' || table_name, table_schema, table_name), E'\n union all ' order by table_schema, table_name)
		from information_schema.tables
		where table_type = 'BASE TABLE' and table_schema not in ('pg_catalog', 'information_schema')"
	local query
	query=$("${psql[@]}" --dbname="$1" --command="$generate")
	if [ -z "$query" ]; then
		return 0
	fi
	"${psql[@]}" --dbname="$1" --command="$query" | sort
}

# "rows|md5" of one table in a fingerprint file, or "missing".
print_of() {
	awk -F'|' -v t="$1" '$1 == t { print $2 "|" $3; found = 1 } END { if (!found) print "missing" }' "$2"
}

source_prints=$(mktemp)
restored_prints=$(mktemp)
trap 'rm -f "$source_prints" "$restored_prints"; cleanup' EXIT
fingerprints "$database" >"$source_prints"
fingerprints "$scratch" >"$restored_prints"

tables=$(wc -l <"$source_prints")
rows=$(awk -F'|' '{ sum += $2 } END { print sum + 0 }' "$source_prints")
# Tables whose line differs on either side: missing, extra, other count or other checksum.
mismatched=$(diff "$source_prints" "$restored_prints" \
	| grep -E '^[<>] ' | cut -c3- | cut -d'|' -f1 | sort -u || true)
mismatches=0
if [ -n "$mismatched" ]; then
	mismatches=$(echo "$mismatched" | wc -l)
	while IFS= read -r table; do
		echo "restore-check: MISMATCH $table: source $(print_of "$table" "$source_prints")," \
			"restored $(print_of "$table" "$restored_prints")" >&2
	done <<<"$mismatched"
fi
printf 'restore-check: tables=%d rows=%d mismatches=%d restore-seconds=%.2f\n' "$tables" "$rows" "$mismatches" \
	"$restore_seconds"
[ "$mismatches" -eq 0 ]
