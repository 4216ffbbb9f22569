/**
 * First-load JavaScript per page type: gzip size summed over the page's `<script src>`
 * files, as a browser would download them on a first visit. Needs `npm run build` first;
 * starts `next start` on a free port unless BENCH_URL points at a running portal.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { gzipSync } from 'node:zlib';
import { allWizardTrees } from 'contentlayer/generated';
import { allWizardPaths } from '../../lib/content/wizard';

interface PageType {
  name: string;
  path: string;
  budgetKb: number;
}

async function pageTypes(): Promise<PageType[]> {
  const tree = allWizardTrees[0];
  const resultPath = tree
    ? allWizardPaths(tree).find((p) => tree.nodes.some((n) => n.answers.some((a) => a.id === p.at(-1) && a.result)))
    : undefined;
  return [
    { name: 'home', path: '/', budgetKb: 140 },
    { name: 'catalog', path: '/codes', budgetKb: 150 },
    { name: 'entry', path: '/codes/http-429', budgetKb: 140 },
    { name: 'guide', path: '/guides/rate-limits', budgetKb: 140 },
    ...(tree ? [{ name: 'wizard step', path: `/wizard/${tree.id}`, budgetKb: 140 }] : []),
    ...(tree && resultPath
      ? [{ name: 'wizard result', path: `/wizard/${tree.id}/${resultPath.join('/')}`, budgetKb: 140 }]
      : []),
    { name: 'diagnose', path: '/diagnose', budgetKb: 200 },
    { name: 'playground', path: '/playground', budgetKb: 200 },
    { name: 'search', path: '/search?q=429', budgetKb: 140 },
  ];
}

const freePort = () =>
  new Promise<number>((resolve) => {
    const srv = createServer().listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });

async function startServer(): Promise<{ base: string; stop: () => void }> {
  if (process.env.BENCH_URL) return { base: process.env.BENCH_URL.replace(/\/$/, ''), stop: () => {} };
  if (!existsSync('.next/BUILD_ID')) throw new Error('no production build: run `npm run build` first');
  const port = await freePort();
  const child = spawn('npx', ['next', 'start', '-p', String(port), '-H', '127.0.0.1'], {
    stdio: 'ignore',
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
  });
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(base)).ok) return { base, stop: () => child.kill() };
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  child.kill();
  throw new Error('next start did not come up');
}

export async function benchPageWeight(): Promise<void> {
  let server: { base: string; stop: () => void };
  try {
    server = await startServer();
  } catch (e) {
    console.log(`skipped: ${(e as Error).message}`);
    return;
  }
  const sizes = new Map<string, number>();
  const gz = async (url: string) => {
    if (!sizes.has(url)) sizes.set(url, gzipSync(Buffer.from(await (await fetch(url)).arrayBuffer())).length);
    return sizes.get(url)!;
  };
  const rows: string[] = [];
  try {
    for (const page of await pageTypes()) {
      const res = await fetch(server.base + page.path);
      const html = await res.text();
      // `noModule` scripts (legacy polyfills) are skipped by every browser that runs modules.
      const srcs = [...html.matchAll(/<script\b[^>]*>/g)]
        .map((m) => m[0])
        .filter((tag) => !/\snomodule\b/i.test(tag))
        .flatMap((tag) => /\ssrc="([^"]+)"/.exec(tag)?.[1] ?? [])
        .map((src) => new URL(src.replace(/&amp;/g, '&'), server.base).href);
      const total = (await Promise.all([...new Set(srcs)].map(gz))).reduce((a, b) => a + b, 0) / 1024;
      const verdict = total <= page.budgetKb ? 'ok' : 'OVER';
      rows.push(
        `| ${page.name} | \`${page.path}\` | ${res.status} | ${srcs.length} | ${total.toFixed(1)} KB | ${page.budgetKb} KB | ${verdict} |`,
      );
    }
  } finally {
    server.stop();
  }
  console.log('| page type | path | status | scripts | first-load JS (gzip) | budget | |');
  console.log('|---|---|---|---|---|---|---|');
  for (const r of rows) console.log(r);
}
