#!/usr/bin/env bash
# Restores a dump made by backup.sh into a database, replacing the objects the dump contains,
# in one transaction: on any error nothing is changed. Tables the dump does not know (created
# by a later migration) are left alone, so restore into an empty database (createdb) to get
# exactly the backed-up state, then point the application at it.
#
# Usage: restore.sh [--yes] DUMP_FILE [DATABASE_URL]
#   DUMP_FILE     a pg_dump custom-format archive (tiwizi-<database>-<time>.dump)
#   DATABASE_URL  postgres://user:password@host:5432/database (default: $DATABASE_URL)
#   --yes         do not ask for confirmation (jobs, scripts)
#   PG_BIN        directory holding pg_restore (default: found on PATH)
set -euo pipefail

die() {
  echo "restore.sh: $*" >&2
  exit 1
}

yes=false
if [[ "${1:-}" == "--yes" ]]; then
  yes=true
  shift
fi
file="${1:-}"
url="${2:-${DATABASE_URL:-}}"
pg_restore="${PG_BIN:+$PG_BIN/}pg_restore"

[[ -n "$file" ]] || die "usage: restore.sh [--yes] DUMP_FILE [DATABASE_URL]"
[[ -f "$file" ]] || die "$file: no such file"
[[ -n "$url" ]] || die "no database: pass a postgres:// URL or set DATABASE_URL"
command -v "$pg_restore" >/dev/null || die "$pg_restore not found: install the PostgreSQL client or set PG_BIN"
"$pg_restore" --list "$file" >/dev/null 2>&1 || die "$file is not a pg_dump custom-format archive"

# Shown for confirmation without the password.
target="${url%%\?*}"
target="${target#*://}"
target="${target#*@}"
if [[ "$yes" != true ]]; then
  read -r -p "Replace the contents of $target with $file? [y/N] " answer || answer=""
  [[ "$answer" == [yY]* ]] || die "not confirmed; nothing changed"
fi

"$pg_restore" --clean --if-exists --no-owner --single-transaction --dbname="$url" "$file" ||
  die "pg_restore failed (see above); the transaction was rolled back, nothing changed"
echo "restored $file into $target"
