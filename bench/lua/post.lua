-- POSTs a body with a fresh Idempotency-Key on every request. Env: TOKEN, BODY.
local counter = 0

-- Keys must be new on every run: RUN_ID (set by the scripts) and the thread number make them unique.
local threads = 0

function setup(thread)
  threads = threads + 1
  thread:set("prefix", (os.getenv("RUN_ID") or tostring(os.time())) .. "-" .. threads)
end

function request()
  counter = counter + 1
  local headers = {
    ["Authorization"] = "Bearer " .. os.getenv("TOKEN"),
    ["Content-Type"] = "application/json",
    ["Idempotency-Key"] = prefix .. "-" .. counter,
  }
  return wrk.format("POST", nil, headers, os.getenv("BODY") or "{}")
end
