-- POSTs a body with a fresh Idempotency-Key on every request. Env: TOKEN, BODY.
local counter = 0

function setup(thread)
  thread:set("prefix", tostring(math.random(1, 1e9)))
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
