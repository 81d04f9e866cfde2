-- wrk script for scripts/bench-http: sets the method, body and content type from the
-- environment and prints one machine-readable RESULT line when the run is done.
--   BENCH_METHOD        GET (default) or POST
--   BENCH_BODY_FILE     file whose contents (trailing newline removed) are the request body
--   BENCH_CONTENT_TYPE  Content-Type of the body
--   BENCH_ACCEPT_ENCODING  Accept-Encoding to send (unset: none, so no compression)

wrk.method = os.getenv("BENCH_METHOD") or "GET"

local body_file = os.getenv("BENCH_BODY_FILE")
if body_file and body_file ~= "" then
  local f = assert(io.open(body_file, "rb"))
  wrk.body = f:read("*a"):gsub("%s+$", "")
  f:close()
end

local content_type = os.getenv("BENCH_CONTENT_TYPE")
if content_type and content_type ~= "" then
  wrk.headers["Content-Type"] = content_type
end

local accept_encoding = os.getenv("BENCH_ACCEPT_ENCODING")
if accept_encoding and accept_encoding ~= "" then
  wrk.headers["Accept-Encoding"] = accept_encoding
end

-- RESULT requests duration_us status_errors connect read write timeout p50_us p99_us mean_us bytes
done = function(summary, latency, requests)
  io.write(string.format("RESULT %d %d %d %d %d %d %d %.1f %.1f %.1f %d\n",
    summary.requests, summary.duration, summary.errors.status,
    summary.errors.connect, summary.errors.read, summary.errors.write, summary.errors.timeout,
    latency:percentile(50), latency:percentile(99), latency.mean, summary.bytes))
end
