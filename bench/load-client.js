'use strict';
// The load generator of the work-queue benchmark, in its own process: autocannon's own event loop and garbage
// must not be charged to the API. Takes one JSON argument, prints autocannon's summary as one JSON line.
const autocannon = require('autocannon');

const options = JSON.parse(process.argv[2]);
autocannon({ ...options, timeout: options.timeout ?? 30 }).then((result) => {
  process.stdout.write(`${JSON.stringify({
    requestsPerSecond: result.requests.average, latencyP50ms: result.latency.p50, latencyP99ms: result.latency.p99,
    non2xx: result.non2xx, errors: result.errors, timeouts: result.timeouts, total: result.requests.total,
  })}\n`);
}, (error) => {
  console.error(error);
  process.exit(1);
});
