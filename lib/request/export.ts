import type { RequestDraft } from './draft';

/** The request as code, for the copy buttons. Secrets stay in: this is the user's own request. */

const sq = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;
// JSON string literals are valid JavaScript and Python string literals.
const lit = (s: string) => JSON.stringify(s);

export function toCurl(d: RequestDraft): string {
  const first = ['curl'];
  if (d.method === 'HEAD') first.push('--head');
  else if (d.method !== 'GET' && !(d.method === 'POST' && d.body)) first.push(`-X ${d.method}`);
  first.push(sq(d.url));
  const rest = d.headers.map(([n, v]) => `-H ${sq(`${n}: ${v}`)}`);
  if (d.body) rest.push(`--data-raw ${sq(d.body)}`);
  if (d.followRedirects) rest.push('-L');
  if (d.timeoutMs) rest.push(`--max-time ${d.timeoutMs / 1000}`);
  return [first.join(' '), ...rest].join(' \\\n  ');
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
  if (d.body)
    lines.push(
      isJson(d.body)
        ? `  body: JSON.stringify(${JSON.stringify(JSON.parse(d.body), null, 2).replace(/\n/g, '\n  ')}),`
        : `  body: ${lit(d.body)},`,
    );
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
  return ['import requests', '', `response = ${fn}`, ...args, ')', 'print(response.status_code, response.text)'].join(
    '\n',
  );
}
