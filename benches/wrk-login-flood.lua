-- wrk script for scripts/bench-login-flood: wrong passwords to POST /beheer/inloggen.
--   FLOOD_SPREAD=1  every try with a new account name and a new X-Forwarded-For address (the
--                   server trusts the loopback proxy in that benchmark), so that neither limit
--                   stops it and every try costs a password check: the worst case
--   FLOOD_SPREAD=0  one address, one name: the limits answer 429 almost at once
-- Prints one line: FLOOD requests duration_us then status=count pairs.
local spread = os.getenv("FLOOD_SPREAD") == "1"
local threads = {}
local counter = 0

function setup(thread)
  thread:set("id", #threads)
  table.insert(threads, thread)
end

function init(args)
  counts = {}
  math.randomseed(os.time() + id * 7919)
end

function request()
  counter = counter + 1
  local name, address = "beheerder", "198.51.100.7"
  if spread then
    name = string.format("gast%d-%d", id, counter)
    address = string.format("10.%d.%d.%d", math.random(0, 255), math.random(0, 255), math.random(1, 254))
  end
  local body = "name=" .. name .. "&password=helemaal-fout-" .. counter
  return wrk.format("POST", "/beheer/inloggen", {
    ["Content-Type"] = "application/x-www-form-urlencoded",
    ["X-Forwarded-For"] = address,
  }, body)
end

function response(status, headers, body)
  counts[status] = (counts[status] or 0) + 1
end

function done(summary, latency, requests)
  local total = {}
  for _, t in ipairs(threads) do
    for status, n in pairs(t:get("counts") or {}) do
      total[status] = (total[status] or 0) + n
    end
  end
  local parts = {}
  for status, n in pairs(total) do
    table.insert(parts, string.format("%d=%d", status, n))
  end
  table.sort(parts)
  io.write(string.format("FLOOD %d %d %s\n", summary.requests, summary.duration, table.concat(parts, " ")))
end
