-- Shared by every scenario: one line with requests/s, p50 and p99 in ms, and errors (non-2xx/3xx + socket errors).
-- With REPORT=raw (bench/perf.sh) the line is "RESULT|scenario|req/s|p50|p99|errors|requests" for the script to read.
function done(summary, latency, requests)
  local errors = summary.errors.status + summary.errors.connect + summary.errors.read
      + summary.errors.write + summary.errors.timeout
  local rate = summary.requests / (summary.duration / 1e6)
  if os.getenv("REPORT") == "raw" then
    io.write(string.format("RESULT|%s|%.1f|%.2f|%.2f|%d|%d\n", scenario, rate,
        latency:percentile(50) / 1000, latency:percentile(99) / 1000, errors, summary.requests))
  else
    io.write(string.format("%-44s %9.1f req/s   p50 %7.2f ms   p99 %7.2f ms   errors %d\n",
        scenario, rate, latency:percentile(50) / 1000, latency:percentile(99) / 1000, errors))
  end
end
