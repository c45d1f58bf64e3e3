#!/usr/bin/env bash
# Backs up Tiwizi's PostgreSQL database to a pg_dump custom-format archive, restorable with
# restore.sh (or pg_restore) into any database of the same or a newer PostgreSQL.
#
# Usage: backup.sh [DATABASE_URL] [BACKUP_DIR]
#   DATABASE_URL  postgres://user:password@host:5432/database (default: $DATABASE_URL)
#   BACKUP_DIR    directory for the dump (default: $BACKUP_DIR, else ./backups)
#   PG_BIN        directory holding pg_dump and pg_restore (default: found on PATH); pg_dump's
#                 version must be at least the server's, e.g. PG_BIN=/usr/lib/postgresql/15/bin
# Prints the dump's path and size: tiwizi-<database>-<UTC time>.dump
set -euo pipefail

die() {
  echo "backup.sh: $*" >&2
  exit 1
}

url="${1:-${DATABASE_URL:-}}"
dir="${2:-${BACKUP_DIR:-./backups}}"
pg_dump="${PG_BIN:+$PG_BIN/}pg_dump"
pg_restore="${PG_BIN:+$PG_BIN/}pg_restore"

[[ -n "$url" ]] || die "no database: pass a postgres:// URL or set DATABASE_URL"
command -v "$pg_dump" >/dev/null || die "$pg_dump not found: install the PostgreSQL client or set PG_BIN"

# The database is the URL's last path segment, before any query string (which may hold a
# socket directory); anything unusual in it becomes _ in the file name.
address="${url%%\?*}"
db="${address##*/}"
[[ "$address" == *://*/* && -n "$db" ]] || die "the URL names no database: postgres://user:password@host:port/database"
file="$dir/tiwizi-${db//[^A-Za-z0-9_-]/_}-$(date -u +%Y%m%dT%H%M%SZ).dump"

mkdir -p "$dir" || die "cannot create $dir"
# Written under a temporary name and renamed once checked: a failed or refused dump never
# leaves a file that looks like a backup.
partial="$file.partial"
trap 'rm -f "$partial"' EXIT

"$pg_dump" --format=custom --no-owner --dbname="$url" --file="$partial" ||
  die "pg_dump failed (see above); no backup kept"
[[ -s "$partial" ]] || die "pg_dump wrote nothing; no backup kept"
contents=$("$pg_restore" --list "$partial") || die "the dump cannot be read back; no backup kept"
# A database without a single table (a wrong URL, a fresh server) gives a valid but useless dump.
[[ "$contents" == *" TABLE DATA "* ]] || die "database $db has no tables; no backup kept"

mv "$partial" "$file"
echo "$file $(du -h "$file" | cut -f1)"
