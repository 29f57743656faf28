#!/bin/sh
# Runs once, when the postgres container creates its cluster: the app's login role, which owns
# nothing, so it cannot switch off the audit log's triggers (the server grants it what it needs).
set -eu
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" \
  -v app_password="$APP_DB_PASSWORD" <<'SQL'
CREATE ROLE ou_listening_app LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE PASSWORD :'app_password';
SQL
