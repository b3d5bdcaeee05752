-- A warm-up that leaves no product unseen: walks the product ids in order (each thread its share), PRIME_PATH
-- followed by the id, wrapping around. What an instance keeps of a product is then as warm for every one of them.
local low, high = tonumber(os.getenv("MIN_PRODUCT")), tonumber(os.getenv("MAX_PRODUCT"))
local prefix = os.getenv("PRIME_PATH")
local threads = 0
setup = function(thread)
  thread:set("index", threads)
  threads = threads + 1
  thread:set("stride", tonumber(os.getenv("PRIME_THREADS")))
end
local step = 0
request = function()
  local id = low + ((index + step * stride) % (high - low + 1))
  step = step + 1
  return wrk.format("GET", prefix .. id)
end
