scenario = "POST /api/v1/products"
local headers = {
  ["Authorization"] = "Bearer " .. os.getenv("TOKEN"),
  ["Content-Type"] = "application/json",
}
local counter = 0
request = function()
  counter = counter + 1
  local body = string.format(
      '{"name":"Benchmarked product %d","description":"Made under load","priceCents":%d,"tags":["tag%d","tag%d"]}',
      counter, 100 + counter % 5000, counter % 50, (counter * 7) % 50)
  return wrk.format("POST", "/api/v1/products", headers, body)
end
dofile(os.getenv("BENCH_DIR") .. "/report.lua")
