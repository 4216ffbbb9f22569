/**
 * Probe route benchmark (wired into `npm run bench` by tests/bench/index.ts).
 *
 * What it measures: the latency the route adds over a direct undici request to the same
 * local server, by calling the route handler in-process with a `Request` — guard, rate
 * limit, zod, destination checks, the probe itself (fresh connection, limits, decoding),
 * the diagnosis and JSON serialisation — against `undici.request` on a fresh connection
 * (the probe never reuses connections, so its timings are real). No Next server and no
 * HTTP hop to the route: that part is the framework's, not the route's.
 * Targets: ≤ 5 ms p50 and ≤ 15 ms p99 added for ≤ 100 KB, ≤ 10 ms p50 at 1 MB,
 * 50 concurrent probes without error.
 */
import { register } from 'node:module';
import { Agent, request } from 'undici';
import { startFixtureServer } from '../fixtures/servers/api';

// lib/probe is marked `server-only`, which throws outside a React server bundle; this is server code.
register(
  `data:text/javascript,${encodeURIComponent("export async function resolve(s, c, n) { return s === 'server-only' ? { url: 'data:text/javascript,', shortCircuit: true } : n(s, c); }")}`,
);

const pct = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
const f = (ms: number) => ms.toFixed(2).padStart(7);

async function direct(url: string): Promise<void> {
  const agent = new Agent({ connections: 1 });
  const res = await request(url, { dispatcher: agent, reset: true });
  await res.body.arrayBuffer();
  await agent.close();
}

export async function benchProbe(): Promise<void> {
  const { createProbeHandler } = await import('../../lib/probe/handler');
  const { TokenBucketLimiter } = await import('../../lib/probe/rate-limit');
  const { loadRuleSetFromDisk } = await import('../../lib/content/rules-from-disk');
  const { compileRules, classify } = await import('../../lib/diagnose');
  const server = await startFixtureServer();
  const rules = compileRules(loadRuleSetFromDisk(new URL('../../content', import.meta.url).pathname));
  const handler = createProbeHandler({
    limiter: new TokenBucketLimiter({ capacity: 1e9, refillPerSecond: 1e9 }),
    probe: { allowHosts: `127.0.0.1:${server.port}` },
    diagnose: (s) => classify(s, rules),
    log: () => {},
  });
  const viaRoute = async (url: string) => {
    const res = await handler(
      new Request('http://bench.local/api/probe', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ method: 'GET', url }),
      }),
    );
    // Bytes, not text: decoding the JSON is the client's cost, as arrayBuffer() is on the direct side.
    const bytes = new Uint8Array(await res.arrayBuffer());
    if (res.status !== 200 || new TextDecoder().decode(bytes.subarray(0, 21)) !== '{"outcome":"response"')
      throw new Error(`route answered ${res.status}`);
  };

  console.log(
    'Added latency = route handler in-process minus direct undici request (fresh connection each), same local server.\n',
  );
  console.log('| body   |  runs | direct p50 | route p50 | added p50 | added p95 | added p99 | target |');
  console.log('|--------|------:|-----------:|----------:|----------:|----------:|----------:|--------|');
  for (const [label, path, runs, target] of [
    ['small', '/json', 300, '≤ 5 / ≤ 15 ms'],
    ['100 KB', '/big?bytes=102400', 300, '≤ 5 / ≤ 15 ms'],
    ['1 MB', '/big?bytes=1048576', 100, '≤ 10 ms p50'],
  ] as const) {
    const url = `${server.url}${path}`;
    for (let i = 0; i < 30; i++) {
      await direct(url);
      await viaRoute(url);
    }
    const d: number[] = [];
    const r: number[] = [];
    const diff: number[] = [];
    for (let i = 0; i < runs; i++) {
      // Interleaved, so drift (GC, CPU frequency) hits both sides alike.
      let t = performance.now();
      await direct(url);
      d.push(performance.now() - t);
      t = performance.now();
      await viaRoute(url);
      r.push(performance.now() - t);
      diff.push(r[r.length - 1]! - d[d.length - 1]!);
    }
    for (const list of [d, r, diff]) list.sort((a, b) => a - b);
    // Added latency per interleaved pair, then its percentiles (not a difference of percentiles).
    const added = (p: number) => pct(diff, p);
    console.log(
      `| ${label.padEnd(6)} | ${String(runs).padStart(5)} | ${f(pct(d, 50))} ms | ${f(pct(r, 50))} ms | ${f(added(50))} ms | ${f(added(95))} ms | ${f(added(99))} ms | ${target} |`,
    );
  }

  const total = 1000;
  const concurrency = 50;
  let errors = 0;
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < total) {
        next++;
        await viaRoute(`${server.url}/json`).catch(() => errors++);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  console.log(
    `\nThroughput: ${total} probes, ${concurrency} concurrent: ${(total / seconds).toFixed(0)} probes/s, ${errors} errors (target: 0 errors).`,
  );
  await server.close();
}

if (import.meta.url === `file://${process.argv[1]}`) await benchProbe();
