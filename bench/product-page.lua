scenario = "GET /products/{id} (HTML)"
local low, high = tonumber(os.getenv("MIN_PRODUCT")), tonumber(os.getenv("MAX_PRODUCT"))
request = function()
  return wrk.format("GET", "/products/" .. math.random(low, high))
end
dofile(os.getenv("BENCH_DIR") .. "/report.lua")
