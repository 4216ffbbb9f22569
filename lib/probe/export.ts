import type { RequestDraft } from './draft';

/** The request as code, for the copy buttons. Secrets stay in: this is the user's own request. */

const sq = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;
// JSON string literals are valid JavaScript and Python string literals.
const lit = (s: string) => JSON.stringify(s);

export function toCurl(d: RequestDraft): string {
  const parts = ['curl'];
  if (d.method === 'HEAD') parts.push('--head');
  else if (d.method !== 'GET' && !(d.method === 'POST' && d.body)) parts.push(`-X ${d.method}`);
  if (d.followRedirects) parts.push('-L');
  if (d.timeoutMs) parts.push(`--max-time ${d.timeoutMs / 1000}`);
  parts.push(sq(d.url));
  for (const [n, v] of d.headers) parts.push(`-H ${sq(`${n}: ${v}`)}`);
  if (d.body) parts.push(`--data-raw ${sq(d.body)}`);
  return parts.join(' \\\n  ');
}

function headerObject(headers: [string, string][], indent: string, step = '  '): string {
  const merged = new Map<string, [string, string]>();
  for (const [n, v] of headers) {
    const prev = merged.get(n.toLowerCase());
    merged.set(n.toLowerCase(), prev ? [prev[0], `${prev[1]}, ${v}`] : [n, v]);
  }
  return `{\n${[...merged.values()].map(([n, v]) => `${indent}${step}${lit(n)}: ${lit(v)},`).join('\n')}\n${indent}}`;
}

const isJson = (body: string) => {
  try {
    JSON.parse(body);
    return true;
  } catch {
    return false;
  }
};

export function toFetch(d: RequestDraft): string {
  const lines = [`const response = await fetch(${lit(d.url)}, {`, `  method: ${lit(d.method)},`];
  if (d.headers.length) lines.push(`  headers: ${headerObject(d.headers, '  ')},`);
  if (d.body) lines.push(isJson(d.body) ? `  body: JSON.stringify(${JSON.stringify(JSON.parse(d.body), null, 2).replace(/\n/g, '\n  ')}),` : `  body: ${lit(d.body)},`);
  lines.push(`  redirect: ${lit(d.followRedirects ? 'follow' : 'manual')},`);
  if (d.timeoutMs) lines.push(`  signal: AbortSignal.timeout(${d.timeoutMs}),`);
  lines.push('});', 'console.log(response.status, await response.text());');
  return lines.join('\n');
}

const PY_FUNCS = new Set(['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS']);

export function toPython(d: RequestDraft): string {
  const fn = PY_FUNCS.has(d.method) ? `requests.${d.method.toLowerCase()}(` : `requests.request(${lit(d.method)}, `;
  const args = [`    ${lit(d.url)},`];
  if (d.headers.length) args.push(`    headers=${headerObject(d.headers, '    ', '    ')},`);
  if (d.body) args.push(`    data=${lit(d.body)},`);
  args.push(`    allow_redirects=${d.followRedirects ? 'True' : 'False'},`);
  args.push(`    timeout=${d.timeoutMs ? d.timeoutMs / 1000 : 30},`);
  return ['import requests', '', `response = ${fn}`, ...args, ')', 'print(response.status_code, response.text)'].join('\n');
}
