#!/usr/bin/env node
// The container's HEALTHCHECK: GET /healthz on this machine; exits 0 when Gazette answers 200
// (ready and connected), 1 otherwise (starting, disconnected, stopping, or not answering in 4 s).
// Reads HEALTH_PORT (required) from the environment; connects to 127.0.0.1, which a server bound
// to 0.0.0.0 (the container's HEALTH_HOST) or to 127.0.0.1 both answer.
const port = process.env.HEALTH_PORT;
if (!port) {
  console.error("healthcheck: HEALTH_PORT is not set, so Gazette serves no /healthz");
  process.exit(1);
}
try {
  const response = await fetch(`http://127.0.0.1:${port}/healthz`, {
    signal: AbortSignal.timeout(4000),
  });
  const body = await response.text();
  console.log(`healthcheck: ${response.status} ${body}`);
  process.exit(response.status === 200 ? 0 : 1);
} catch (error) {
  console.error(`healthcheck: no answer from 127.0.0.1:${port}/healthz (${error.message})`);
  process.exit(1);
}
