#!/bin/sh
# First start: initdb with the POSTGRES_* settings, password logins from anywhere, the database. Then the server.
set -eu
bin=/usr/lib/postgresql/15/bin
if [ "$(id -u)" = 0 ]; then
  mkdir -p "$PGDATA" /var/run/postgresql
  chown postgres:postgres "$PGDATA" /var/run/postgresql
  chmod 700 "$PGDATA"
  exec runuser -u postgres -- "$0" "$@"
fi

if [ ! -s "$PGDATA/PG_VERSION" ]; then
  user=${POSTGRES_USER:-postgres}
  database=${POSTGRES_DB:-$user}
  password=$(mktemp)
  printf '%s\n' "${POSTGRES_PASSWORD:?POSTGRES_PASSWORD is required}" >"$password"
  "$bin/initdb" -D "$PGDATA" -U "$user" --pwfile="$password" -E UTF8 --auth-local=trust --auth-host=scram-sha-256 >/dev/null
  rm -f "$password"
  echo "host all all all scram-sha-256" >>"$PGDATA/pg_hba.conf"
  if [ "$database" != postgres ]; then
    # --single must come first.
    echo "CREATE DATABASE \"$database\";" | "$bin/postgres" --single -D "$PGDATA" postgres >/dev/null
  fi
  echo "initialized $PGDATA: user $user, database $database"
fi
exec "$bin/postgres" -D "$PGDATA" -c listen_addresses='*' "$@"
