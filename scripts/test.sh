#!/usr/bin/env bash
# Runs the whole suite on SQLite, then on PostgreSQL where DATABASE_URL is set or a local server answers.
set -uo pipefail
cd "$(dirname "$0")/.."
PY=.venv/bin/python
# the tests' own data folder (page cache, uploads, collected static files), never the demo's var/; public
# pages are rendered in the background after a change only where a test asks for it
# (tests/web/test_prerender_after_change.py). Django reads these when pytest-django sets it up, before any
# conftest runs, so they are set here.
export MINUTEBOOK_DATA="${MINUTEBOOK_DATA:-$PWD/var/test}" MINUTEBOOK_PRERENDER_AFTER="${MINUTEBOOK_PRERENDER_AFTER:-off}"
status=0
echo "== test suite on SQLite"
env -u DATABASE_URL $PY -m pytest "$@" || status=1
pg_url="${DATABASE_URL:-}"
if [ -z "$pg_url" ] && $PY - <<'PYEOF' 2>/dev/null
import psycopg
psycopg.connect("postgresql://postgres@127.0.0.1:5432/postgres", connect_timeout=3).close()
PYEOF
then
  # a database name of its own, so runs side by side never share test_<name>
  pg_url="postgresql://postgres@127.0.0.1:5432/minutebook_$$"
fi
if [ -n "$pg_url" ]; then
  echo "== test suite on PostgreSQL"
  DATABASE_URL="$pg_url" $PY -m pytest -m "not browser" "$@" || status=1
else
  echo "== PostgreSQL not reachable: skipped the PostgreSQL run"
fi
exit $status
