/**
 * Adversarial benchmark (wired into `npm run bench`): the worst 1 MB inputs we know how to
 * build for each stage that runs regexes or decompression on untrusted text, in ms.
 * Target: ≤ 50 ms each, and a normal diagnose queued behind one finishes in < 100 ms.
 */
import { deflateRawSync } from 'node:zlib';
import { loadRuleSetFromDisk } from '../../lib/content/rules-from-disk';
import { classify, compileRules, diagnose, parseInput } from '../../lib/diagnose';
import { parseCurlVerbose } from '../../lib/diagnose/parse/curl-verbose';
import { redactSecrets } from '../../lib/diagnose/redact';
import { decodeShare, encodeShare, SHARE_PREFIX } from '../../lib/diagnose/share-link';
import type { HttpSnapshot } from '../../lib/diagnose/types';
import { importText } from '../../lib/request/import';

const MB = 1024 * 1024;
const fill = (unit: string, size = MB) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
const TARGET_MS = 50;

/** Best of three runs, in ms (the first run also pays for JIT warm-up). */
async function ms(fn: () => unknown): Promise<number> {
  let best = Infinity;
  for (let i = 0; i < 3; i++) {
    const t0 = performance.now();
    await fn();
    best = Math.min(best, performance.now() - t0);
  }
  return Math.round(best * 10) / 10;
}

const snapshot = (over: Partial<HttpSnapshot>): HttpSnapshot => ({
  status: 401,
  statusText: 'Unauthorized',
  httpVersion: 'HTTP/1.1',
  headers: [],
  body: '',
  request: null,
  error: null,
  bareCode: null,
  source: 'raw-http',
  warnings: [],
  ...over,
});

/** A deflate-raw share link that expands to `size` bytes of zeros (a decompression bomb). */
const bombLink = (size: number) =>
  SHARE_PREFIX + deflateRawSync(Buffer.alloc(size), { level: 9 }).toString('base64url');

export async function benchAdversarial(): Promise<void> {
  const rules = compileRules(loadRuleSetFromDisk());
  const rows: [string, string, number][] = [];
  const add = async (stage: string, input: string, fn: () => unknown) => rows.push([stage, input, await ms(fn)]);

  // parse
  await add('parse', 'curl -v "* Connected to a (" × 1 MB', () => parseInput(fill('* Connected to a (\n')));
  await add('parse', 'one 1 MB curl -v line of "Connected to x ("', () =>
    parseInput(`* ${fill('Connected to x (')}\n< HTTP/1.1 500 X\n`),
  );
  await add('parse', 'raw HTTP, 1 MB of header lines', () => parseInput(`HTTP/1.1 401 X\n${fill('X-A: b\n')}\n\n{}`));
  await add('parse', 'JSON envelope with a 1 MB body of quotes', () =>
    parseInput(JSON.stringify({ status: 500, headers: {}, body: fill('"') })),
  );
  // curl -v reader on its own
  await add('curl -v reader', '"… left intact" without end × 1 MB', () =>
    parseCurlVerbose(`< HTTP/1.1 500 X\n<\n${fill('* Connection #0 to host a ')}left intact`),
  );
  await add('curl -v reader', '1 MB of "* Connection #0 to host x left intact" lines', () =>
    parseCurlVerbose(fill('* Connection #0 to host x left intact\n')),
  );
  // classify
  await add('classify', 'WWW-Authenticate of 1 MB "invalid_token"', () =>
    classify(snapshot({ headers: [['www-authenticate', fill('invalid_token ')]] }), rules),
  );
  await add('classify', 'status reason of 1 MB', () => classify(snapshot({ statusText: fill('"type": "x"') }), rules));
  await add('classify', 'body of 1 MB `"type":"` (problem+json rule)', () =>
    classify(snapshot({ body: `{${fill('"type":"a","title":"')}` }), rules),
  );
  await add('classify', 'body of 1 MB `"errors":[{` (GraphQL rule)', () =>
    classify(snapshot({ status: 200, body: fill('"errors":[{') }), rules),
  );
  await add('classify', 'body of 1 MB digits (count rules)', () => classify(snapshot({ body: fill('1') }), rules));
  await add('classify', 'error message of 1 MB', () =>
    classify(snapshot({ status: null, error: { kind: 'other', code: 'E', message: fill('certificate ') } }), rules),
  );
  // redact
  await add('redact', '1 MB of "token" lines', () => redactSecrets(fill('token\n')));
  await add('redact', '1 MB of "Authorization:" without values', () => redactSecrets(fill('Authorization:')));
  await add('redact', '1 MB of `"a":"`', () => redactSecrets(fill('"a":"')));
  await add('redact', '1 MB of `?token=`', () => redactSecrets(fill('?token=')));
  await add('redact', '1 MB of "Bearer "', () => redactSecrets(fill('Bearer ')));
  await add('redact', '1 MB of "eyJ" fragments', () => redactSecrets(fill('eyJabcde.eyJabcde.')));
  await add('redact', '1 MB of "http://a:" (userinfo)', () => redactSecrets(fill('http://a:')));
  // share links
  const text = fill('HTTP/1.1 500 X\nx-request-id: abc\n\n{"error":"boom"}\n');
  await add('share encode', '1 MB paste', () => encodeShare(text));
  const link = await encodeShare(text);
  await add('share decode', 'link of a 1 MB paste', () => decodeShare(link));
  const bomb = bombLink(64 * MB);
  await add('share decode', `bomb link (${bomb.length} chars → 64 MB of zeros)`, () => decodeShare(bomb));

  // importers: an unclosed expansion repeated, in each shell the curl reader understands
  await add('import (bash)', '`-d "${a${a…"` × 1 MB', () => importText(`curl https://a.example/ -d "${fill('${a')}"`));
  await add('import (PowerShell)', '`-d "${a${a…"` × 1 MB', () =>
    importText(`curl.exe https://a.example/ \`\n -d "${fill('${a')}"`),
  );
  await add('import (cmd)', '`-d "%a%a…"` × 1 MB', () =>
    importText(`curl "https://a.example/" ^\n -d "${fill('%a')}"`),
  );

  // rule set: each catalog body regex against its own literal prefix repeated to 1 MB, through the engine
  let worst: [string, number] = ['', 0];
  for (const rule of rules.rules)
    for (const p of rule.patterns) {
      const prefix = /^[^\\[(.*+?{|^$]+/.exec(p.source)?.[0];
      if (!prefix || !/[*+{]/.test(p.source)) continue;
      const body = fill(prefix);
      const t0 = performance.now();
      classify(snapshot({ body }), rules);
      const t = performance.now() - t0;
      if (t > worst[1]) worst = [p.source, t];
    }
  rows.push([
    'rule set',
    `worst catalog regex: /${worst[0].slice(0, 40)}/ on its prefix × 1 MB`,
    Math.round(worst[1] * 10) / 10,
  ]);

  console.log('| stage | worst input (1 MB) | ms | ≤ 50 ms |');
  console.log('|---|---|---:|---|');
  for (const [stage, input, t] of rows)
    console.log(`| ${stage} | ${input} | ${t} | ${t <= TARGET_MS ? 'yes' : 'NO'} |`);

  // A normal diagnose queued behind the worst classify input: the server is one thread.
  const normal =
    'HTTP/1.1 429 Too Many Requests\nRetry-After: 5\nContent-Type: application/json\n\n{"error":"rate_limited"}';
  const heavy = snapshot({ headers: [['www-authenticate', fill('invalid_token ')]], body: fill('"type":"') });
  const latency = await new Promise<number>((resolve) => {
    const t0 = performance.now();
    setImmediate(() => classify(heavy, rules));
    setImmediate(() => {
      diagnose(normal, rules);
      resolve(performance.now() - t0);
    });
  });
  console.log(`\nnormal diagnose served behind an adversarial one: ${latency.toFixed(1)} ms (target < 100 ms)`);
}
