# Stand-in for the official postgres image on Debian 12 (PostgreSQL 15): same POSTGRES_USER, POSTGRES_PASSWORD,
# POSTGRES_DB and PGDATA, password logins over the network, pg_isready on the PATH.
FROM local/debian:bookworm-slim
RUN apt-get update \
    && apt-get install -y --no-install-recommends postgresql-15 \
    && rm -rf /var/lib/apt/lists/*
ENV PGDATA=/var/lib/postgresql/data
COPY postgres-entrypoint.sh /usr/local/bin/postgres-entrypoint.sh
VOLUME /var/lib/postgresql/data
EXPOSE 5432
STOPSIGNAL SIGINT
ENTRYPOINT ["/usr/local/bin/postgres-entrypoint.sh"]
