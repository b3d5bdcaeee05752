scenario = "GET /api/v1/products?store={id}&limit=20"
local low, high = tonumber(os.getenv("MIN_STORE")), tonumber(os.getenv("MAX_STORE"))
request = function()
  return wrk.format("GET", "/api/v1/products?store=" .. math.random(low, high) .. "&limit=20")
end
dofile(os.getenv("BENCH_DIR") .. "/report.lua")
