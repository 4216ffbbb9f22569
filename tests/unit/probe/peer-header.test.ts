import http from 'node:http';
import type net from 'node:net';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { register } from '@/instrumentation';
import { PEER_HEADER } from '@/lib/probe/trust';

let server: http.Server;
let port = 0;
const seen: (string | undefined)[] = [];
beforeAll(async () => {
  process.env.NEXT_RUNTIME = 'nodejs';
  await register();
  server = http.createServer((req, res) => {
    seen.push(req.headers[PEER_HEADER] as string | undefined);
    res.end();
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  port = (server.address() as net.AddressInfo).port;
});
afterAll(() => new Promise((r) => server.close(r)));

test("the connection's own address replaces anything the client wrote in the peer header", async () => {
  await fetch(`http://127.0.0.1:${port}/`, {
    headers: { [PEER_HEADER]: '203.0.113.66', 'x-forwarded-for': '1.2.3.4' },
  });
  expect(seen).toEqual(['127.0.0.1']);
});
