#!/usr/bin/env bash
# Download throughput and the application's resident memory while it serves files (issue 15's benchmark line).
#
#   bench/downloads.sh                          # 10 MB and 100 MB files, 8 downloads in parallel
#   SIZES_MB="10 100 500" PARALLEL=8 bench/downloads.sh
#
# Starts the packaged application the README's way (java @platform/app/jvm.options -jar ...) on a fresh embedded
# PostgreSQL and a temporary files folder (local disk storage), then for each size: uploads a file of random bytes
# through the API, buys it in test mode, reads the download links off the receipt, and measures
#  - one download alone (MB/s as curl counts it);
#  - PARALLEL downloads of the same file at once (aggregate MB/s), sampling the process's resident memory (VmRSS)
#    every 20 ms: its peak during the downloads, against the resident memory just before them.
# Every download's bytes are checked against the upload (sha256). A benchmark, not a test: CI does not run it.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
PORT="${BENCH_PORT:-18350}"
DB_PORT="${BENCH_DB_PORT:-55350}"
SIZES_MB="${SIZES_MB:-10 100}"
PARALLEL="${PARALLEL:-8}"
JAR="${JAR:-$ROOT/platform/app/target/yumroad.jar}"
BASE="http://127.0.0.1:$PORT"

if [[ "${BUILD:-0}" == 1 || ! -f "$JAR" ]]; then
  (cd "$ROOT" && ./mvnw -B -q -DskipTests clean package)
fi

WORK="$(mktemp -d /tmp/yumroad-downloads.XXXXXX)"
APP_PID=""
cleanup() {
  if [[ -n "$APP_PID" ]] && kill -0 "$APP_PID" 2>/dev/null; then
    kill "$APP_PID"
    wait "$APP_PID" 2>/dev/null || true
  fi
  rm -rf "$WORK"
}
trap cleanup EXIT

PORT="$PORT" EMBEDDED_DB_PORT="$DB_PORT" YUMROAD_DATA_DIR="$WORK/data" YUMROAD_FILES_DIR="$WORK/files" \
  JWT_SECRET="$(head -c 48 /dev/urandom | base64 -w0)" \
  java "@$ROOT/platform/app/jvm.options" -jar "$JAR" >"$WORK/app.log" 2>&1 &
APP_PID=$!
for _ in $(seq 1 240); do
  curl -fs "$BASE/health" >/dev/null 2>&1 && break
  kill -0 "$APP_PID" 2>/dev/null || { echo "the app stopped:" >&2; tail -20 "$WORK/app.log" >&2; exit 1; }
  sleep 0.5
done
rss_kb() { awk '/^VmRSS/ {print $2}' "/proc/$APP_PID/status"; }
json() { grep -o "\"$1\":[0-9]*" | head -1 | cut -d: -f2; }  # the first "$1" of a JSON object

curl -fs -X POST "$BASE/api/v1/users" -H 'Content-Type: application/json' \
  -d '{"email":"bench@example.com","password":"correct horse","name":"Bench"}' >/dev/null
TOKEN="$(curl -fs -X POST "$BASE/api/v1/auth/token" -H 'Content-Type: application/json' \
  -d '{"email":"bench@example.com","password":"correct horse"}' | sed -n 's/.*"accessToken":"\([^"]*\)".*/\1/p')"
curl -fs -X POST "$BASE/api/v1/stores" -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \
  -d '{"name":"Bench Files"}' >/dev/null

echo "Yumroad $(git -C "$ROOT" rev-parse --short HEAD), $(nproc) cores, JVM settings from platform/app/jvm.options;" \
  "resident memory after start: $(( $(rss_kb) / 1024 )) MB"
for size in $SIZES_MB; do
  head -c "$((size * 1024 * 1024))" /dev/urandom >"$WORK/upload.bin"
  want="$(sha256sum "$WORK/upload.bin" | cut -d' ' -f1)"
  product="$(curl -fs -X POST "$BASE/api/v1/products" -H "Authorization: Bearer $TOKEN" \
    -H 'Content-Type: application/json' -d "{\"name\":\"File of $size MB\",\"priceCents\":500}" | json id)"
  curl -fs -X POST "$BASE/api/v1/products/$product/files" -H "Authorization: Bearer $TOKEN" \
    -F "file=@$WORK/upload.bin;filename=file-$size.bin" >/dev/null
  rm -f "$WORK/jar"
  curl -fs -c "$WORK/jar" -b "$WORK/jar" "$BASE/checkout/$product" -o /dev/null
  csrf="$(awk '$6=="csrfToken"{print $7}' "$WORK/jar")"
  pay="$(curl -fs -c "$WORK/jar" -b "$WORK/jar" -o /dev/null -w '%{redirect_url}' \
    -d "csrfToken=$csrf&email=buyer@example.com" "$BASE/checkout/$product")"
  receipt="$(curl -fs -c "$WORK/jar" -b "$WORK/jar" -o /dev/null -w '%{redirect_url}' \
    -d "csrfToken=$csrf" --data-urlencode "card=4242 4242 4242 4242" "$pay")"
  link="$(curl -fs "$receipt" | grep -o 'href="/downloads/[^"]*"' | head -1 | cut -d'"' -f2)"
  [[ -n "$link" ]] || { echo "no download link on $receipt" >&2; exit 1; }

  alone="$(curl -fs -o "$WORK/alone.bin" -w '%{speed_download}' "$BASE$link")"
  [[ "$(sha256sum "$WORK/alone.bin" | cut -d' ' -f1)" == "$want" ]] || {
    echo "bytes differ: $(stat -c %s "$WORK/alone.bin") bytes downloaded of $(stat -c %s "$WORK/upload.bin")" >&2
    tail -30 "$WORK/app.log" >&2; exit 1; }
  rm -f "$WORK/alone.bin"

  before="$(rss_kb)"
  peak="$before"
  started=$(date +%s%N)
  pids=()
  for i in $(seq 1 "$PARALLEL"); do
    curl -fs "$BASE$link" | sha256sum | cut -d' ' -f1 >"$WORK/sum.$i" &
    pids+=($!)
  done
  while kill -0 "${pids[@]}" 2>/dev/null; do
    now="$(rss_kb)"; (( now > peak )) && peak="$now"
    sleep 0.02
  done
  wait "${pids[@]}"
  elapsed_ms=$(( ($(date +%s%N) - started) / 1000000 ))
  for i in $(seq 1 "$PARALLEL"); do
    [[ "$(cat "$WORK/sum.$i")" == "$want" ]] || { echo "download $i: bytes differ" >&2; exit 1; }
  done
  printf '%4d MB file: alone %5.0f MB/s | %d in parallel %5.0f MB/s together in %.1f s | RSS before %d MB, peak during %d MB (+%d MB)\n' \
    "$size" "$(echo "$alone / 1048576" | bc -l)" "$PARALLEL" \
    "$(echo "$size * $PARALLEL * 1000 / $elapsed_ms" | bc -l)" "$(echo "$elapsed_ms / 1000" | bc -l)" \
    $((before / 1024)) $((peak / 1024)) $(((peak - before) / 1024))
done
