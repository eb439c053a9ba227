-- Mixed traffic: runs (with fresh Idempotency-Keys), reads, lists and step completions on a fresh execution.
-- Env: TOKEN (a CLIENT of bench-a), ADMIN_TOKEN, JOURNEY, SOLUTION, EXECUTION.
local counter = 0
local auth = "Bearer " .. os.getenv("TOKEN")
local journey, solution, execution = os.getenv("JOURNEY"), os.getenv("SOLUTION"), os.getenv("EXECUTION")
local body = '{"context":{"channel":"soak"}}'

-- Keys must be new on every run: RUN_ID (set by the scripts) and the thread number make them unique.
local threads = 0

function setup(thread)
  threads = threads + 1
  thread:set("prefix", (os.getenv("RUN_ID") or tostring(os.time())) .. "-" .. threads)
end

local function post(path, key)
  local headers = { ["Authorization"] = auth, ["Content-Type"] = "application/json" }
  if key then headers["Idempotency-Key"] = prefix .. "-" .. counter end
  return wrk.format("POST", path, headers, body)
end

local function get(path)
  return wrk.format("GET", path, { ["Authorization"] = auth })
end

function request()
  counter = counter + 1
  local pick = counter % 10
  if pick < 3 then return post("/api/v1/journeys/" .. journey .. "/executions", true) end
  if pick < 5 then return post("/api/v1/solutions/" .. solution .. "/deployments", true) end
  if pick < 7 then return get("/api/v1/executions/" .. execution) end
  if pick < 9 then return get("/api/v1/executions?client_id=bench-a&size=20") end
  return get("/api/v1/deployments?size=5")
end
