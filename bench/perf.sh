#!/usr/bin/env bash
# The performance report: this checkout against a reference commit, in one run, on one PostgreSQL.
#
#   bench/perf.sh                 # reference: 61d014f (the second wave's starting point)
#   bench/perf.sh <commit>        # another reference
#   DURATION=10s SCALE_PRODUCTS=0 bench/perf.sh    # shorter, without the million-product step
#
# What it does:
#  1. builds both jars (the reference once, cached in $CACHE);
#  2. starts a private PostgreSQL 15 cluster (the machine's binaries, pg_stat_statements preloaded) in a temporary
#     directory, one database per commit, so statements per request are read off the server;
#  3. starts both applications on it the README's way (java with the commit's platform/app/jvm.options, if it has one,
#     and the class archive its ./start makes with platform/app/appcds, if it makes one), timing
#     process start to /health UP, first on an empty database (with migrations) and again on a migrated one;
#  4. seeds each through its API (bench/Seed.java: 200 sellers with stores, 5,000 products with 1-3 tags out of 50);
#  5. per scenario (the product ones after a pass over every product, PRIME), a warm-up, then wrk on the reference and on this checkout one after the other, and pgbench
#     (prepared, CONNECTIONS clients) with ONE statement that returns what the request returns (bench/pgbench/*.sql);
#  6. prints requests/s, p50, p99, errors and statements per request for both, pgbench's rate and the ratios,
#     then resident memory (after the run) and start times;
#  7. COPYs this checkout's database up to SCALE_PRODUCTS products and runs the read scenarios again.
#
# Needs wrk and pgbench (Debian: apt-get install -y wrk postgresql), PostgreSQL 15 binaries in PG_BIN, a JDK 17.
# A benchmark, not a test: CI does not run it. Run it on a quiet machine; figures move by tens of percent on 2 cores.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
BENCH_DIR="$ROOT/bench"
REF="${1:-61d014f}"
DURATION="${DURATION:-20s}"
WARMUP="${WARMUP:-5s}"
PRIME="${PRIME:-12s}"  # before the product scenarios: every product visited once, in order (every-product.lua)
THREADS="${THREADS:-2}"
CONNECTIONS="${CONNECTIONS:-32}"
USERS="${USERS:-200}"
PRODUCTS="${PRODUCTS:-5000}"
SCALE_PRODUCTS="${SCALE_PRODUCTS:-1000000}"
PG_BIN="${PG_BIN:-/usr/lib/postgresql/15/bin}"
PG_PORT="${BENCH_PG_PORT:-54340}"
REF_PORT="${BENCH_REF_PORT:-8091}"
HEAD_PORT="${BENCH_PORT:-8090}"
CACHE="${CACHE:-/tmp/yumroad-bench-cache}"

for tool in wrk pgbench psql curl; do
  command -v "$tool" >/dev/null || { echo "$tool is missing: apt-get install -y wrk postgresql" >&2; exit 1; }
done
[[ -x "$PG_BIN/initdb" ]] || { echo "no PostgreSQL binaries in $PG_BIN (set PG_BIN)" >&2; exit 1; }

WORK="$(mktemp -d /tmp/yumroad-perf.XXXXXX)"
chmod 755 "$WORK"
declare -A PIDS=()
cleanup() {
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
  as_postgres "$PG_BIN/pg_ctl" -D "$WORK/pg" -m immediate stop >/dev/null 2>&1 || true
  mkdir -p "$CACHE/last-run" && cp "$WORK"/*.log "$CACHE/last-run/" 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT

as_postgres() {
  if [[ "$(id -u)" == 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi
}
sql() { psql -h 127.0.0.1 -p "$PG_PORT" -U postgres -X -q -At "$@"; }

# --- 1. jars ---------------------------------------------------------------------------------------------------
mkdir -p "$CACHE"
REF_SHA="$(git -C "$ROOT" rev-parse --short "$REF")"
HEAD_SHA="$(git -C "$ROOT" rev-parse --short HEAD)"
[[ -z "$(git -C "$ROOT" status --porcelain --untracked-files=no)" ]] || HEAD_SHA="$HEAD_SHA+changes"
if [[ ! -f "$CACHE/$REF_SHA.jar" ]]; then
  echo "building the reference $REF_SHA (once; cached in $CACHE)"
  rm -rf "$CACHE/src-$REF_SHA"
  git -C "$ROOT" worktree add -q --detach "$CACHE/src-$REF_SHA" "$REF_SHA"
  (cd "$CACHE/src-$REF_SHA" && ./mvnw -q -B -DskipTests package)
  cp "$CACHE/src-$REF_SHA/platform/app/target/yumroad.jar" "$CACHE/$REF_SHA.jar"
  git -C "$ROOT" worktree remove --force "$CACHE/src-$REF_SHA"
fi
if [[ "${BUILD:-1}" == 1 ]]; then
  echo "building this checkout ($HEAD_SHA)"
  (cd "$ROOT" && ./mvnw -q -B -DskipTests clean package)  # clean: deleted migrations linger in target/ otherwise
fi
cp "$CACHE/$REF_SHA.jar" "$WORK/ref.jar"
cp "$ROOT/platform/app/target/yumroad.jar" "$WORK/head.jar"
# each commit runs with its own JVM settings, as its README says
declare -A JVM_SETTINGS=([ref]="" [head]="")
if git -C "$ROOT" show "$REF_SHA:platform/app/jvm.options" >"$WORK/ref.options" 2>/dev/null; then JVM_SETTINGS[ref]="@$WORK/ref.options"; fi
if [[ -f "$ROOT/platform/app/jvm.options" ]]; then JVM_SETTINGS[head]="@$ROOT/platform/app/jvm.options"; fi
# and with the malloc arenas its ./start sets, if it sets them
declare -A ARENAS=([ref]="" [head]="")
if git -C "$ROOT" show "$REF_SHA:start" 2>/dev/null | grep -q MALLOC_ARENA_MAX; then ARENAS[ref]=2; fi
if grep -q MALLOC_ARENA_MAX "$ROOT/start" 2>/dev/null; then ARENAS[head]=2; fi
# and with the class archive its ./start makes, if it makes one (platform/app/appcds: a trial start of the jar)
declare -A CDS=([ref]="" [head]="")
[[ -x "$ROOT/platform/app/appcds" ]] && cp "$ROOT/platform/app/appcds" "$WORK/head.appcds"
git -C "$ROOT" show "$REF_SHA:platform/app/appcds" >"$WORK/ref.appcds" 2>/dev/null || rm -f "$WORK/ref.appcds"
for label in ref head; do
  if [[ -f "$WORK/$label.appcds" ]]; then
    echo "class archive for $label: one trial start, as its ./start makes it"
    # shellcheck disable=SC2086
    MALLOC_ARENA_MAX=${ARENAS[$label]:-} bash "$WORK/$label.appcds" "$WORK/$label.jsa" ${JVM_SETTINGS[$label]} -jar "$WORK/$label.jar"
    if [[ -s "$WORK/$label.jsa" ]]; then CDS[$label]="-XX:SharedArchiveFile=$WORK/$label.jsa"; fi
  fi
done

# --- 2. PostgreSQL ---------------------------------------------------------------------------------------------
mkdir -p "$WORK/pg" "$WORK/sock"
[[ "$(id -u)" == 0 ]] && chown postgres "$WORK/pg" "$WORK/sock"
as_postgres "$PG_BIN/initdb" -D "$WORK/pg" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
cat >>"$WORK/pg/postgresql.conf" <<EOF
port = $PG_PORT
listen_addresses = '127.0.0.1'
unix_socket_directories = '$WORK/sock'
max_connections = 200
shared_buffers = 256MB
shared_preload_libraries = 'pg_stat_statements'
pg_stat_statements.track_utility = off
EOF
as_postgres "$PG_BIN/pg_ctl" -D "$WORK/pg" -l "$WORK/sock/pg.log" -w start >/dev/null
sql -c "create extension pg_stat_statements"
echo "PostgreSQL $(sql -c 'show server_version') on 127.0.0.1:$PG_PORT (fsync on, data in $WORK/pg)"

# --- 3. the applications ---------------------------------------------------------------------------------------
JWT="$(head -c 48 /dev/urandom | base64 -w0)"
start_app() { # label port -> sets STARTED_MS: milliseconds from process start to /health UP
  local label="$1" port="$2" started
  started=$(date +%s%N)
  # shellcheck disable=SC2086
  DATABASE_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/bench_$label" DATABASE_USER=postgres PORT="$port" \
    JWT_SECRET="$JWT" env ${ARENAS[$label]:+MALLOC_ARENA_MAX=${ARENAS[$label]}} java ${JVM_SETTINGS[$label]} ${CDS[$label]} -jar "$WORK/$label.jar" >>"$WORK/$label.log" 2>&1 &
  PIDS[$label]=$!
  until curl -fs "http://127.0.0.1:$port/health" 2>/dev/null | grep -q '"UP"'; do
    kill -0 "${PIDS[$label]}" 2>/dev/null || { echo "$label stopped:" >&2; tail -20 "$WORK/$label.log" >&2; exit 1; }
    sleep 0.02
  done
  STARTED_MS=$(( ($(date +%s%N) - started) / 1000000 ))
}
stop_app() {
  local label="$1"
  { kill "${PIDS[$label]}" && wait "${PIDS[$label]}"; } 2>/dev/null || true
  unset "PIDS[$label]"
}
declare -A FIRST_START START PORT_OF=([ref]=$REF_PORT [head]=$HEAD_PORT)
for label in ref head; do
  sql -c "create database bench_$label"
  start_app "$label" "${PORT_OF[$label]}"; FIRST_START[$label]=$STARTED_MS
  stop_app "$label"
  start_app "$label" "${PORT_OF[$label]}"; START[$label]=$STARTED_MS
done

# --- 4. seeding ------------------------------------------------------------------------------------------------
for label in ref head; do
  echo "seeding $label"
  java "$BENCH_DIR/Seed.java" "http://127.0.0.1:${PORT_OF[$label]}" "$USERS" "$PRODUCTS" 8 "$WORK/$label.env" \
    | sed 's/^/  /'
  sql -d "bench_$label" -c "select slug from storefront.stores" >"$WORK/$label.slugs"
done

# --- 5./6. scenarios -------------------------------------------------------------------------------------------
export BENCH_DIR REPORT=raw
wrk_run() { # label scenario duration -> RESULT line
  local label="$1" scenario="$2" duration="$3"
  (set -a; source "$WORK/$label.env"; export SLUGS_FILE="$WORK/$label.slugs"
   wrk -t"$THREADS" -c"$CONNECTIONS" -d"$duration" -s "$BENCH_DIR/$scenario.lua" "http://127.0.0.1:${PORT_OF[$label]}") \
    | grep '^RESULT' || echo "RESULT|$scenario|0|0|0|-1|0"
}
statements() { # database -> statements executed since the last reset, the probe's own excluded
  sql -c "select coalesce(sum(calls), 0) from pg_stat_statements s join pg_database d on d.oid = s.dbid
          where d.datname = '$1' and s.query not ilike '%pg_stat_statements%'"
}
pgbench_rate() { # label sql-file -> transactions/s
  local label="$1" file="$2" secs="${DURATION%s}"
  (set -a; source "$WORK/$label.env"
   pgbench -h 127.0.0.1 -p "$PG_PORT" -U postgres -n -M prepared -c "$CONNECTIONS" -j "$THREADS" -T "$secs" \
     -D min_product="$MIN_PRODUCT" -D max_product="$MAX_PRODUCT" -D min_store="$MIN_STORE" -D max_store="$MAX_STORE" \
     -D min_user="$MIN_USER" -D max_user="$MAX_USER" -f "$BENCH_DIR/pgbench/$file.sql" "bench_$label" 2>/dev/null) \
    | awk '/^tps/ {printf "%.0f", $3; exit}'
}
declare -A RATE
measure() { # label scenario -> one printed line; remembers the rate
  local label="$1" scenario="$2" line calls requests
  sql -c "select pg_stat_statements_reset()" >/dev/null
  line="$(wrk_run "$label" "$scenario" "$DURATION")"
  calls="$(statements "bench_$label")"
  IFS='|' read -r _ name rate p50 p99 errors requests <<<"$line"
  RATE[$label:$scenario]="$rate"
  printf "  %-5s %-40s %9s req/s  p50 %7s ms  p99 %7s ms  errors %-4s statements/request %s\n" \
    "$label" "$name" "$rate" "$p50" "$p99" "$errors" \
    "$(awk -v c="$calls" -v r="$requests" 'BEGIN { if (r > 0) printf "%.2f", c / r; else print "-" }')"
}
rss_mb() { # label -> resident memory of its application in MB, or "stopped"
  local rss; rss="$(ps -o rss= -p "${PIDS[$1]:-0}" 2>/dev/null || true)"
  if [[ -n "$rss" ]]; then echo "$(( rss / 1024 )) MB"; else echo "(stopped: see $CACHE/last-run/$1.log)"; fi
}
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "-" }'; }

echo
echo "wrk -t$THREADS -c$CONNECTIONS, $DURATION per run after a $WARMUP warm-up; pgbench -M prepared -c$CONNECTIONS; $(nproc) cores"
echo "ref = $REF_SHA, head = $HEAD_SHA"
declare -A PGB=([get-product]=product [store-products]=store-products [user-products]=user-products)
prime() { # label path-prefix -> visits every product once (about), in PRIME time
  (set -a; source "$WORK/$1.env"; export PRIME_PATH="$2" PRIME_THREADS="$THREADS"
   wrk -t"$THREADS" -c"$THREADS" -d"$PRIME" -s "$BENCH_DIR/every-product.lua" "http://127.0.0.1:${PORT_OF[$1]}" >/dev/null)
}
declare -A PRIMED=([get-product]=/api/v1/products/ [product-page]=/products/)
for scenario in get-product store-products user-products store-page product-page post-product; do
  if [[ -n "${PRIMED[$scenario]:-}" ]]; then
    for label in ref head; do prime "$label" "${PRIMED[$scenario]}"; done
  fi
  for label in ref head; do wrk_run "$label" "$scenario" "$WARMUP" >/dev/null; done
  for label in ref head; do measure "$label" "$scenario"; done
  if [[ -n "${PGB[$scenario]:-}" ]]; then
    tps="$(pgbench_rate head "${PGB[$scenario]}")"
    echo "  pgbench, one equivalent statement: $tps tps   ratio head $(ratio "${RATE[head:$scenario]}" "$tps")   ref $(ratio "${RATE[ref:$scenario]}" "$tps")"
  fi
done
echo
echo "HTML vs JSON (head): store page / store's products $(ratio "${RATE[head:store-page]}" "${RATE[head:store-products]}"),"\
     "product page / product $(ratio "${RATE[head:product-page]}" "${RATE[head:get-product]}")"
echo "writes: POST /api/v1/products head / ref = $(ratio "${RATE[head:post-product]}" "${RATE[ref:post-product]}")"
for label in ref head; do
  printf "%-5s resident memory after the run %s; start to /health UP: %5d ms on an empty database, %5d ms on a migrated one\n" \
    "$label" "$(rss_mb "$label")" "${FIRST_START[$label]}" "${START[$label]}"
done

# --- 7. a million products -------------------------------------------------------------------------------------
if (( SCALE_PRODUCTS > 0 )); then
  stop_app ref
  have="$(sql -d bench_head -c "select count(*) from catalog.products")"
  add=$(( SCALE_PRODUCTS - have ))
  echo
  echo "COPYing $add products into head's database (up to $SCALE_PRODUCTS)"
  SECONDS=0
  sql -d bench_head -c "select id, owner_id from storefront.stores order by id" >"$WORK/stores"
  before="$(sql -d bench_head -c "select coalesce(max(id), 0) from catalog.products")"
  # each copied product gets one of the seeded tags (tag0..tag49), on its row's tag list (where reads take it from,
  # when the schema has one) and in product_tags
  has_tag_list="$(sql -d bench_head -c "select count(*) from information_schema.columns
      where table_schema = 'catalog' and table_name = 'products' and column_name = 'tag_list'")"
  awk -F'|' -v n="$add" -v lists="$has_tag_list" 'NR == FNR { store[++s] = $1; owner[s] = $2; next }
    END { for (i = 1; i <= n; i++) { k = 1 + i % s;
      printf "%s,%s,Scaled product %d,Copied in for the million-product benchmark,%d", owner[k], store[k], i, 100 + i % 9900;
      if (lists == 1) printf ",{tag%d}", i % 50;
      printf "\n" } }' \
    "$WORK/stores" /dev/null \
    | if [[ "$has_tag_list" == 1 ]]; then
        sql -d bench_head -c "copy catalog.products (creator_id, store_id, name, description, price_cents, tag_list) from stdin (format csv)"
      else
        sql -d bench_head -c "copy catalog.products (creator_id, store_id, name, description, price_cents) from stdin (format csv)"
      fi
  sql -d bench_head -c "insert into catalog.product_tags (product_id, tag_id)
      select p.id, t.id from catalog.products p join catalog.tags t on t.name = 'tag' || ((p.id - $before) % 50)
      where p.id > $before"
  # the per-store product count, wherever the schema keeps it today
  sql -d bench_head -c "select table_schema || '.' || table_name from information_schema.columns
      where column_name = 'product_count' and table_schema not in ('pg_catalog', 'information_schema')" |
  while read -r table; do
    key="$(sql -d bench_head -c "select case when exists (select 1 from information_schema.columns
        where table_schema || '.' || table_name = '$table' and column_name = 'store_id') then 'store_id' else 'id' end")"
    sql -d bench_head -c "update $table x set product_count = c.n
        from (select store_id, count(*) as n from catalog.products group by store_id) c where c.store_id = x.$key"
  done
  sql -d bench_head -c "vacuum analyze"
  echo "COPY, tags and counts took ${SECONDS} s"
  sed -i "s/^MAX_PRODUCT=.*/MAX_PRODUCT=$(sql -d bench_head -c 'select max(id) from catalog.products')/" "$WORK/head.env"
  declare -A SMALL=()
  for scenario in get-product store-products user-products store-page product-page; do
    SMALL[$scenario]="${RATE[head:$scenario]}"
    wrk_run head "$scenario" "$WARMUP" >/dev/null
    measure head "$scenario"
    echo "        at $SCALE_PRODUCTS products / at $PRODUCTS: $(ratio "${RATE[head:$scenario]}" "${SMALL[$scenario]}")"
  done
  echo "head  resident memory after the million-product run $(rss_mb head)"
fi
