"""Every Lua script the bot runs on Redis, in one place so that none is written twice.

Each script touches keys of one hash tag only (bot/redis_keys.py), so it also runs on Redis
Cluster. Times come from Redis' own clock (TIME), which every process shares.
"""

from __future__ import annotations

# The update's reads and writes on the user's own keys (one cluster slot), in one command: the
# duplicate mark (ARGV[1], the process that begins the update, empty for none), the rate count
# (ARGV[3] its expiry, 0 for none), the session with its sliding expiry, the language. Five
# commands in a pipeline cost the client about twice the CPU. Sent whole (EVAL): nothing to
# reload after a restart or failover, and no SCRIPT EXISTS round trip, which redis-py adds before
# a pipeline that runs a registered script.
READ_UPDATE_STATE = """
local first = 1
if ARGV[1] ~= '' then
  first = redis.call('SET', KEYS[1], ARGV[1], 'NX', 'EX', ARGV[2]) and 1 or 0
end
local recent = 0
if ARGV[3] ~= '0' then
  recent = redis.call('INCR', KEYS[2])
  redis.call('EXPIRE', KEYS[2], ARGV[3])
end
return {first, recent, redis.call('GETEX', KEYS[3], 'EX', ARGV[4]), redis.call('GET', KEYS[4])}
"""

# Deletes KEYS[1] only if it still holds ARGV[1]: a duplicate mark of the process named, or a
# broadcast lease of the worker named.
RELEASE_IF_HELD = """
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0
"""

# A dead process's inbox (KEYS[1]) into ours (KEYS[2]), unless its alive key (KEYS[4]) is back;
# ARGV[1], the dead process, leaves the set of processes (KEYS[3]). Returns what was moved.
TAKE_OVER_INBOX = """
if redis.call('EXISTS', KEYS[4]) == 1 then return {} end
local entries = redis.call('HGETALL', KEYS[1])
for i = 1, #entries, 2 do redis.call('HSET', KEYS[2], entries[i], entries[i + 1]) end
redis.call('DEL', KEYS[1])
redis.call('SREM', KEYS[3], ARGV[1])
return entries
"""

# A broadcast's delivery to one chat begins once: only under the worker's lease (KEYS[1] holds
# ARGV[1]) and only if the chat (ARGV[2]) has no state yet in the deliveries (KEYS[2]).
BEGIN_DELIVERY = """
if redis.call('GET', KEYS[1]) ~= ARGV[1] then return -1 end
if redis.call('HEXISTS', KEYS[2], ARGV[2]) == 1 then return 0 end
redis.call('HSET', KEYS[2], ARGV[2], 's')
return 1
"""

RENEW_LEASE = """
if redis.call('GET', KEYS[1]) ~= ARGV[1] then return 0 end
redis.call('PEXPIRE', KEYS[1], ARGV[2])
return 1
"""

# Claim the original's follow-up slot once, however many admins press the button at once.
CLAIM_FOLLOWUP = """
local current = redis.call('HGET', KEYS[1], 'followup')
if current and current ~= '0' and current ~= '' then return -tonumber(current) end
redis.call('HSET', KEYS[1], 'followup', ARGV[1])
return tonumber(ARGV[1])
"""

# The sending budget shared by replies and broadcasts.

# The replies of the last second, from 10 ms buckets: the current one and the 100 before it
# (1.00-1.01 s, never less than Telegram's second). Shared by the
# reply budget (bot/serving/reply_budget.py) and the broadcast pacing (bot/broadcast/pacing.py).
REPLIES_LAST_SECOND = """
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000000 + tonumber(t[2])
local bucket = tonumber(t[1]) * 100 + math.floor(tonumber(t[2]) / 10000)
local replies = 0
local counts = redis.call('HGETALL', KEYS[2])
for i = 1, #counts, 2 do
  local b = tonumber(counts[i])
  if b >= bucket - 100 then replies = replies + tonumber(counts[i + 1])
  elseif b < bucket - 200 then redis.call('HDEL', KEYS[2], counts[i]) end
end
"""
_REPLIES_AND_BROADCAST = REPLIES_LAST_SECOND + """
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now - 1000000)
local broadcast = redis.call('ZCARD', KEYS[1])
"""
# KEYS: the broadcast window, the replies hash. ARGV[1]: replies to add. Returns the broadcast
# sends of the last second (0: no broadcast is sending).
ADD_REPLIES = _REPLIES_AND_BROADCAST + """
redis.call('HINCRBY', KEYS[2], bucket, ARGV[1])
redis.call('PEXPIRE', KEYS[2], 5000)
return broadcast
"""
# ARGV[1]: the limit. Returns {wait in us (0: counted, go), broadcast sends of the last second}.
TAKE_REPLY_TURN = _REPLIES_AND_BROADCAST + """
if broadcast + replies < tonumber(ARGV[1]) then
  redis.call('HINCRBY', KEYS[2], bucket, 1)
  redis.call('PEXPIRE', KEYS[2], 5000)
  return {0, broadcast}
end
-- Full: wait until the oldest broadcast send stops counting (1 to 20 ms, then look again).
local oldest = redis.call('ZRANGE', KEYS[1], 0, 0, 'WITHSCORES')
local wait = 20000
if oldest[2] then wait = tonumber(oldest[2]) + 1000000 - now end
return {math.max(1000, math.min(20000, wait)), broadcast}
"""

# Broadcast pacing (bot/broadcast/pacing.py).

RESERVE_SEND_SLOT = """
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000000 + tonumber(t[2])
local nxt = tonumber(redis.call('HGET', KEYS[1], 'next') or '0')
local pause = tonumber(redis.call('HGET', KEYS[1], 'pause') or '0')
local slot = math.max(now, nxt, pause)
redis.call('HSET', KEYS[1], 'next', slot + tonumber(ARGV[1]))
redis.call('PEXPIRE', KEYS[1], 600000)
return slot - now
"""

# KEYS[1]: sorted set of sends scored by when they stop counting. ARGV: window (us), limit,
# member, score offset for the new member (us). Returns 0 (counted) or the wait in us.
TAKE_WINDOW = """
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000000 + tonumber(t[2])
local window = tonumber(ARGV[1])
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now - window)
if redis.call('ZCARD', KEYS[1]) < tonumber(ARGV[2]) then
  redis.call('ZADD', KEYS[1], now + tonumber(ARGV[4]), ARGV[3])
  redis.call('PEXPIRE', KEYS[1], math.floor(window / 1000) + 120000)
  return 0
end
local oldest = redis.call('ZRANGE', KEYS[1], 0, 0, 'WITHSCORES')
return math.max(1, tonumber(oldest[2]) + window - now)
"""

# The guard of the bot-wide window, sharing it with the replies. KEYS[1]: the broadcast window
# as above; KEYS[2]: replies per 10 ms bucket. ARGV as above. The replies' last second is left
# to them, and a reserve of two messages (one more per 20 replies/s) for their bursts and for
# those counted in the last 20 ms but not yet written.
TAKE_SHARED_WINDOW = REPLIES_LAST_SECOND + """
local window = tonumber(ARGV[1])
local reserve = 0
if replies > 0 then reserve = 2 + math.floor(replies / 20) end
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now - window)
if redis.call('ZCARD', KEYS[1]) + replies + reserve < tonumber(ARGV[2]) then
  redis.call('ZADD', KEYS[1], now + tonumber(ARGV[4]), ARGV[3])
  redis.call('PEXPIRE', KEYS[1], math.floor(window / 1000) + 120000)
  return 0
end
return 20000
"""

MARK_SENT = """
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000000 + tonumber(t[2])
redis.call('ZADD', KEYS[1], 'XX', now, ARGV[1])
return 1
"""

PAUSE_SENDS = """
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000000 + tonumber(t[2])
local until_ = now + tonumber(ARGV[1])
local pause = tonumber(redis.call('HGET', KEYS[1], 'pause') or '0')
if until_ > pause then redis.call('HSET', KEYS[1], 'pause', until_) end
redis.call('PEXPIRE', KEYS[1], 600000)
return until_ - now
"""
