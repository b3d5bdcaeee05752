scenario = "GET /s/{slug} (HTML)"
local slugs = {}
for line in io.lines(os.getenv("SLUGS_FILE")) do slugs[#slugs + 1] = line end
request = function()
  return wrk.format("GET", "/s/" .. slugs[math.random(1, #slugs)])
end
dofile(os.getenv("BENCH_DIR") .. "/report.lua")
