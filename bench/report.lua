-- Shared by every scenario: one line with requests/s, p50 and p99 in ms, and errors (non-2xx/3xx + socket errors).
function done(summary, latency, requests)
  local errors = summary.errors.status + summary.errors.connect + summary.errors.read
      + summary.errors.write + summary.errors.timeout
  io.write(string.format("%-44s %9.1f req/s   p50 %7.2f ms   p99 %7.2f ms   errors %d\n",
      scenario, summary.requests / (summary.duration / 1e6),
      latency:percentile(50) / 1000, latency:percentile(99) / 1000, errors))
end
