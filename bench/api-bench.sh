#!/usr/bin/env bash
# Benchmarks the JSON API: starts the packaged app on a fresh embedded PostgreSQL (own ports, temporary data
# directory), seeds it through the API (200 users with stores, 5,000 products with 1-3 tags out of 50), then runs wrk
# on 127.0.0.1 for 20 s per scenario and prints one line each. A benchmark, not a test: CI does not run it.
#
#   bench/api-bench.sh                      # builds the jar if missing
#   BUILD=1 bench/api-bench.sh              # rebuilds it first
#   DURATION=5s CONNECTIONS=8 bench/api-bench.sh
#
# Needs wrk (Debian: apt-get install -y wrk) and a JDK 17 (the seeder runs as a single-file Java program).
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
BENCH_DIR="$ROOT/bench"
PORT="${BENCH_PORT:-8089}"
DB_PORT="${BENCH_DB_PORT:-54339}"
DURATION="${DURATION:-20s}"
THREADS="${THREADS:-2}"
CONNECTIONS="${CONNECTIONS:-16}"
USERS="${USERS:-200}"
PRODUCTS="${PRODUCTS:-5000}"
SEED_PARALLELISM="${SEED_PARALLELISM:-8}"
JAR="$ROOT/platform/app/target/yumroad.jar"
BASE="http://127.0.0.1:$PORT"

command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }
if [[ "${BUILD:-0}" == 1 || ! -f "$JAR" ]]; then
  (cd "$ROOT" && ./mvnw -B -q -DskipTests package)
fi

WORK="$(mktemp -d /tmp/yumroad-bench.XXXXXX)"
APP_PID=""
cleanup() {
  if [[ -n "$APP_PID" ]] && kill -0 "$APP_PID" 2>/dev/null; then
    kill "$APP_PID"
    wait "$APP_PID" 2>/dev/null || true
  fi
  rm -rf "$WORK"
}
trap cleanup EXIT

echo "starting the app on $BASE (database port $DB_PORT, data in $WORK)"
PORT="$PORT" EMBEDDED_DB_PORT="$DB_PORT" YUMROAD_DATA_DIR="$WORK/data" \
  JWT_SECRET="$(head -c 48 /dev/urandom | base64)" \
  java -jar "$JAR" >"$WORK/app.log" 2>&1 &
APP_PID=$!
for _ in $(seq 1 120); do
  curl -fs "$BASE/health" >/dev/null 2>&1 && break
  kill -0 "$APP_PID" 2>/dev/null || { echo "the app stopped:" >&2; tail -20 "$WORK/app.log" >&2; exit 1; }
  sleep 0.5
done
curl -fs "$BASE/health" >/dev/null || { echo "the app did not start" >&2; exit 1; }

SECONDS=0
java "$BENCH_DIR/Seed.java" "$BASE" "$USERS" "$PRODUCTS" "$SEED_PARALLELISM" "$WORK/seeded.env"
echo "seeding took ${SECONDS} s"
set -a
# shellcheck disable=SC1091
source "$WORK/seeded.env"
set +a
export BENCH_DIR

echo "wrk: $THREADS threads, $CONNECTIONS connections, $DURATION per scenario; $(nproc) cores"
for scenario in get-product store-products user-products post-product; do
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" -s "$BENCH_DIR/$scenario.lua" "$BASE" | tail -1
done
