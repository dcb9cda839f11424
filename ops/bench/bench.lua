-- wrk script of ops/bench/run.sh: one phase per run, `wrk ... -s bench.lua URL -- PHASE DATA_LUA RESULT_FILE TRIVIAL_PATH THREADS`
-- DATA_LUA (written by prepare.py) holds the signed-in users (session cookie, CSRF token, visible accounts,
-- keywords) of reps and managers of different teams, the pending approvals and the deals to move.
-- Each request takes the next user in turn (threads start at different users) and varies ids and filters.
-- response() counts what really succeeded (a write must answer its success redirect); done() writes one
-- JSON line with throughput, latency percentiles and the counts to $BENCH_RESULT (RESULT_FILE is informative).

local ffi = require("ffi")
ffi.cdef [[ typedef struct { long tv_sec; long tv_nsec; } bench_ts; int clock_gettime(int, bench_ts *); ]]
local ts = ffi.new("bench_ts")
local function now()
  ffi.C.clock_gettime(1, ts) -- CLOCK_MONOTONIC
  return tonumber(ts.tv_sec) + tonumber(ts.tv_nsec) / 1e9
end

local threads = {}
local counter = 0

function setup(thread)
  counter = counter + 1
  thread:set("tid", counter)
  table.insert(threads, thread)
end

local phase, data, trivial
local users, managers = {}, {}
local n = 0
-- globals: done() reads them with thread:get
ok, bad, filler = 0, 0, 0
outstanding, first_sent, last_answered = 0, 0, 0
local exhausted = false
local deals, approvals = {}, {}
local next_approval = 1
local milestones = { "PLANNING", "CALL_AND_VISIT", "PROJECT_APPROVAL", "DEEP_CONTACT", "SOLUTION_AND_TENDER",
  "NEGOTIATION", "CONTRACT_SIGNED", "DELIVERY_AND_PAYMENT" }
local statuses = { "NEW", "ASSIGNED", "CONTACTING" }
local classes = { "A", "B", "C", "D" }
local queues = { "SHEET", "MINE", "VISITS", "PHONE" }
local today = os.date("!%Y-%m-%d", os.time() - 86400)

function init(args)
  phase, trivial = args[1], args[4] or "/"
  data = dofile(args[2])
  math.randomseed(os.time() + tid * 7919)
  users = data.users
  for i, u in ipairs(users) do
    if u.role == "MANAGER" then table.insert(managers, u) end
  end
  n = tid
  -- Deals and approvals are split between the threads so that no two connections touch the same record.
  local nthreads = tonumber(args[5] or "1")
  for i, d in ipairs(data.deals) do
    if (i - 1) % nthreads == tid - 1 then
      d.busy = false
      table.insert(deals, d)
    end
  end
  for i, a in ipairs(data.approvals) do
    if (i - 1) % nthreads == tid - 1 then table.insert(approvals, a) end
  end
  if phase == "visit" then visitSlots(nthreads) end
  if phase == "decide" then
    -- Once the approvals are used up, the connections wait (a slow filler GET /login) for the last
    -- decisions to be answered, then the thread stops.
    delay = function() return exhausted and 250 or 0 end
  end
end

local function pick(list)
  return list[math.random(#list)]
end

local function nextUser()
  n = n + 1
  return users[(n % #users) + 1]
end

-- The user's sessions in turn (each user is signed in several times so that a session is rarely in two
-- requests at once, as with a person at a browser).
local function session(u)
  u.turn = ((u.turn or 0) % #u.sessions) + 1
  return u.sessions[u.turn]
end

local function get(path, user)
  return wrk.format("GET", path, { ["Cookie"] = "KACRM_SESSION=" .. session(user).cookie })
end

local function post(path, s, body)
  return wrk.format("POST", path, { ["Cookie"] = "KACRM_SESSION=" .. s.cookie,
    ["Content-Type"] = "application/x-www-form-urlencoded" }, body)
end

local function enc(s)
  return (string.gsub(s, "[^%w%-_%.~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

local function uuid()
  return string.format("%08x-%04x-4%03x-a%03x-%06x%06x", math.random(0, 0x7fffffff), math.random(0, 0xffff),
    math.random(0, 0xfff), math.random(0, 0xfff), math.random(0, 0xffffff), math.random(0, 0xffffff))
end

local function withAccounts()
  for _ = 1, #users do
    local u = nextUser()
    if #u.accounts > 0 then return u end
  end
  return nil
end

local builders = {}

builders.login = function() return wrk.format("GET", "/login") end
builders.trivial = function() return get(trivial, nextUser()) end
builders.leads = function()
  local u = nextUser()
  local path = "/leads?status=" .. pick(statuses) .. "&customerClass=" .. pick(classes) .. "&queue=" .. pick(queues)
  if u.region ~= "" and math.random(2) == 1 then path = path .. "&region=" .. u.region end
  return get(path, u)
end
builders.accounts = function()
  return get("/accounts?tier=" .. pick(classes), nextUser())
end
builders.account = function()
  local u = withAccounts()
  return get("/accounts/" .. pick(u.accounts), u)
end
builders.orgchart = function()
  local u = withAccounts()
  return get("/accounts/" .. pick(u.accounts) .. "/org-chart", u)
end
builders.opportunities = function()
  local u = nextUser()
  if #u.keywords > 0 then
    local k = pick(u.keywords)
    return get("/opportunities?milestone=" .. k.milestone .. "&q=" .. enc(k.q), u)
  end
  return get("/opportunities?milestone=" .. pick(milestones) .. "&q=" .. enc("有限"), u)
end
builders.board = function()
  local path = "/opportunities/board"
  if math.random(2) == 1 then path = path .. "?tier=" .. pick(classes) end
  return get(path, nextUser())
end
builders.inbox = function() return get("/approvals", nextUser()) end
builders.funnel = function() return get("/funnel", nextUser()) end
builders.keyaccounts = function() return get("/reports/key-accounts", nextUser()) end
-- Visit logging: each session is in at most one save at a time (the save's redirect adds a flash message
-- to the session); the form's return address names the session's slot, so the answer frees it.
local slots, slotCursor = {}, 0
visitSlots = function(nthreads)
  local i = 0
  for _, u in ipairs(users) do
    if #u.accounts > 0 then
      for _, s in ipairs(u.sessions) do
        i = i + 1
        if (i - 1) % nthreads == tid - 1 then table.insert(slots, { user = u, session = s, busy = false }) end
      end
    end
  end
end

builders.visit = function()
  for _ = 1, #slots do
    slotCursor = (slotCursor % #slots) + 1
    local slot = slots[slotCursor]
    if not slot.busy then
      slot.busy = true
      local u, s = slot.user, slot.session
      local body = "_csrf=" .. enc(s.csrf) .. "&_submission=" .. uuid() .. "&mode=LOG&accountId="
        .. pick(u.accounts) .. "&returnTo=" .. enc("/visits/overdue?bench=" .. slotCursor)
        .. "&type=SALES_VISIT&occurredAt=" .. today .. "T10%3A00&durationMinutes=60&summary="
        .. enc("benchmark visit " .. math.random(1000000))
      return post("/visits/new", s, body)
    end
  end
  filler = filler + 1
  return wrk.format("GET", "/login")
end

-- Milestone move: each deal goes back one milestone (with a reason) and forward again (a manager's
-- override with a reason), each move naming the version it read; a deal is never in two requests at once.
local cursor = 0
builders.move = function()
  for _ = 1, #deals do
    cursor = (cursor % #deals) + 1
    local d = deals[cursor]
    if not d.busy and not d.broken then
      d.busy = true
      local u = users[d.user + 1]
      local s = u.sessions[(d.session % #u.sessions) + 1]
      local target, extra
      if d.at_back then target, extra = d.milestone, "&override=true" else target, extra = d.back, "" end
      local body = "_csrf=" .. enc(s.csrf) .. "&target=" .. target .. "&reason=" .. enc("benchmark move")
        .. extra .. "&version=" .. d.version
      return post("/opportunities/" .. d.id .. "/milestone", s, body)
    end
  end
  filler = filler + 1
  return wrk.format("GET", "/login")
end

-- Approval decision: every pending approval once (rejected with a comment), never the same twice;
-- when they are used up the thread stops.
builders.decide = function()
  local a = approvals[next_approval]
  if a == nil then
    exhausted = true
    if outstanding == 0 then wrk.thread:stop() end
    filler = filler + 1
    return wrk.format("GET", "/login")
  end
  next_approval = next_approval + 1
  outstanding = outstanding + 1
  if first_sent == 0 then first_sent = now() end
  local u = users[a.user + 1]
  local s = u.sessions[(a.session % #u.sessions) + 1]
  return post("/approvals/" .. a.id .. "/reject", s,
    "_csrf=" .. enc(s.csrf) .. "&version=-1&comment=" .. enc("benchmark decision"))
end

-- wrk calls request() once on the first thread before the run to see whether it pipelines: that call
-- must not take a deal or an approval.
local verifying = nil

function request()
  if verifying == nil then verifying = (tid == 1) end
  if verifying then
    verifying = false
    return wrk.format("GET", "/login")
  end
  return builders[phase]()
end

local writes = { move = "^/opportunities/(%d+)$", visit = "^/visits/overdue%?bench=(%d+)$", decide = "^/approvals/%d+$" }

function response(status, headers, body)
  local pattern = writes[phase]
  if pattern == nil then
    if status >= 200 and status < 400 then ok = ok + 1 else bad = bad + 1 end
    return
  end
  local location = headers["Location"] or headers["location"]
  local path = location and string.gsub(location, "^https?://[^/]+", "")
  local isFiller = filler > 0 and status == 200 and body and string.find(body, 'name="username"', 1, true)
  if phase == "decide" and not isFiller then
    outstanding = outstanding - 1
    last_answered = now()
  end
  if status == 302 and path and string.find(path, pattern) then
    if phase == "move" then
      local id = tonumber(string.match(path, pattern))
      for _, d in ipairs(deals) do
        if d.id == id then
          d.busy = false
          d.version = d.version + 1
          d.at_back = not d.at_back
          break
        end
      end
    elseif phase == "visit" then
      slots[tonumber(string.match(path, pattern))].busy = false
    end
    ok = ok + 1
    return
  end
  if isFiller then
    return -- the filler GET /login of a write phase that ran out of records
  end
  bad = bad + 1
  if os.getenv("BENCH_DEBUG") then
    io.stderr:write(string.format("%s: status %d location %s body %s\n", phase, status, tostring(location),
      string.sub(body or "", 1, 2000)))
  end
  if phase == "visit" and body then
    -- a re-shown form keeps its return address
    local slot = tonumber(string.match(body, "bench=(%d+)"))
    if slot and slots[slot] then slots[slot].busy = false end
  end
  if phase == "move" and body then
    -- a refused move re-shows the deal page (200): take the deal out of the rotation
    local id = tonumber(string.match(body, "/opportunities/(%d+)/milestone"))
    for _, d in ipairs(deals) do
      if d.id == id then d.busy = false; d.broken = true end
    end
  end
end

function done(summary, latency, requests)
  local okSum, badSum, fillerSum = 0, 0, 0
  local first, last = nil, nil
  for _, t in ipairs(threads) do
    local f, l = t:get("first_sent") or 0, t:get("last_answered") or 0
    if f > 0 and (first == nil or f < first) then first = f end
    if l > 0 and (last == nil or l > last) then last = l end
    okSum = okSum + (t:get("ok") or 0)
    badSum = badSum + (t:get("bad") or 0)
    fillerSum = fillerSum + (t:get("filler") or 0)
  end
  local e = summary.errors
  local out = io.open(os.getenv("BENCH_RESULT"), "w")
  out:write(string.format(
    '{"requests":%d,"duration_us":%d,"p50_us":%d,"p95_us":%d,"p99_us":%d,"max_us":%d,"connect":%d,"read":%d,'
      .. '"write":%d,"timeout":%d,"status":%d,"ok":%d,"bad":%d,"filler":%d,"active_us":%d}\n',
    summary.requests, summary.duration, latency:percentile(50), latency:percentile(95), latency:percentile(99),
    latency.max, e.connect, e.read, e.write, e.timeout, e.status, okSum, badSum, fillerSum,
    (first and last and last > first) and (last - first) * 1e6 or 0))
  out:close()
end
