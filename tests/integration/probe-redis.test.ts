import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { POST as diagnosePost } from '@/app/api/diagnose/route';
import { createProbeHandler } from '@/lib/probe/handler';
import { RedisLimiter } from '@/lib/probe/redis-limit';
import { startFixtureServer, type FixtureServer } from '../fixtures/servers/api';
import { FAST_LIMITS } from './helpers';

/**
 * Two probe handlers (two "instances") share one budget through a real redis-server; when
 * Redis goes away the probe answers 503 problem+json and the rest of the portal still works.
 * .ci/run installs redis-server; locally the tests are skipped, saying so, when it is absent.
 */
const hasRedis = spawnSync('redis-server', ['--version']).status === 0;
if (!hasRedis) console.warn('probe-redis: redis-server not installed, skipping (apt-get install redis-server)');

let redis: ChildProcess | null = null;
let port = 0;
let api: FixtureServer;
const limiters: RedisLimiter[] = [];

const freePort = () =>
  new Promise<number>((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const p = (s.address() as net.AddressInfo).port;
      s.close(() => resolve(p));
    });
  });

async function waitForPort(p: number, ms = 5_000): Promise<void> {
  const until = Date.now() + ms;
  for (;;) {
    const ok = await new Promise<boolean>((resolve) => {
      const s = net.connect(p, '127.0.0.1', () => (s.destroy(), resolve(true)));
      s.on('error', () => resolve(false));
    });
    if (ok) return;
    if (Date.now() > until) throw new Error(`redis-server did not listen on ${p}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

beforeAll(async () => {
  api = await startFixtureServer();
  if (!hasRedis) return;
  port = await freePort();
  redis = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], {
    stdio: 'ignore',
  });
  await waitForPort(port);
});
afterAll(async () => {
  await Promise.all(limiters.map((l) => l.close()));
  redis?.kill('SIGKILL');
  await api.close();
});

function instance(prefix: string) {
  const limiter = new RedisLimiter({
    url: `redis://127.0.0.1:${port}`,
    capacity: 3,
    windowSeconds: 60,
    keyPrefix: prefix,
  });
  limiters.push(limiter);
  const handler = createProbeHandler({
    limiter,
    log: () => {},
    guard: () => ({}),
    probe: { allowHosts: `127.0.0.1:${api.port}`, limits: FAST_LIMITS },
  });
  return (peer: string) =>
    handler(
      new Request('http://portal.test/api/probe', {
        method: 'POST',
        headers: {
          host: 'portal.test',
          origin: 'http://portal.test',
          'content-type': 'application/json',
          'x-api-triage-peer': peer,
        },
        body: JSON.stringify({ method: 'GET', url: `${api.url}/json` }),
      }),
    );
}

describe.skipIf(!hasRedis)('rate limit shared through Redis', () => {
  test('two instances share one budget per client', async () => {
    const prefix = `t${Date.now()}`;
    const [a, b] = [instance(prefix), instance(prefix)];
    const statuses = [];
    for (const call of [a, b, a, b]) statuses.push((await call('198.51.100.1')).status);
    expect(statuses).toEqual([200, 200, 200, 429]);
    const limited = await b('198.51.100.1');
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await limited.json()).code).toBe('rate_limited');
    expect((await a('198.51.100.2')).status).toBe(200); // another client has its own budget
  });

  test('Redis down: the probe fails closed with 503 problem+json, the process and /api/diagnose carry on', async () => {
    const call = instance(`down${Date.now()}`);
    expect((await call('198.51.100.3')).status).toBe(200);
    redis?.kill('SIGKILL');
    await new Promise((r) => setTimeout(r, 200));
    const res = await call('198.51.100.3');
    expect(res.status).toBe(503);
    expect(res.headers.get('content-type')).toBe('application/problem+json');
    expect((await res.json()).code).toBe('rate_limit_unavailable');
    const diagnosed = await diagnosePost(
      new Request('http://portal.test/api/diagnose', {
        method: 'POST',
        headers: { 'content-type': 'text/plain' },
        body: 'HTTP/1.1 429 Too Many Requests\r\nRetry-After: 5\r\n\r\n',
      }),
    );
    expect(diagnosed.status).toBe(200);
    expect((await diagnosed.json()).category).toBe('rate_limited');
  });
});
