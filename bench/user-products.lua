scenario = "GET /api/v1/users/{id}/products?limit=20"
local low, high = tonumber(os.getenv("MIN_USER")), tonumber(os.getenv("MAX_USER"))
request = function()
  return wrk.format("GET", "/api/v1/users/" .. math.random(low, high) .. "/products?limit=20")
end
dofile(os.getenv("BENCH_DIR") .. "/report.lua")
