/**
 * The cookies curl sends from a cookie file (`-b cookies.txt`): the Netscape format curl's
 * own `-c` writes (domain, subdomains flag, path, secure flag, expiry, name, value — tab
 * separated; `#HttpOnly_` before the domain), or `Set-Cookie:` header lines.
 */
export interface FileCookie {
  domain: string | null;
  subdomains: boolean;
  path: string;
  secure: boolean;
  expires: number;
  pair: string;
}

export function parseCookieFile(text: string): FileCookie[] {
  return text.split(/\r?\n/).flatMap((raw): FileCookie[] => {
    const line = raw.replace(/^#HttpOnly_/, '');
    const header = /^set-cookie:\s*([^;]+)(.*)$/i.exec(line);
    if (header) {
      const attr = (name: string) => new RegExp(`;\\s*${name}=([^;]*)`, 'i').exec(header[2]!)?.[1]?.trim();
      const domain = attr('domain');
      return [
        {
          domain: domain?.replace(/^\./, '') ?? null,
          subdomains: domain !== undefined,
          path: attr('path') ?? '/',
          secure: /;\s*secure\b/i.test(header[2]!),
          expires: 0,
          pair: header[1]!.trim(),
        },
      ];
    }
    const f = line.split('\t');
    if (line.startsWith('#') || f.length < 7) return [];
    return [
      {
        domain: f[0]!.replace(/^\./, ''),
        subdomains: f[1]!.toUpperCase() === 'TRUE' || f[0]!.startsWith('.'),
        path: f[2] || '/',
        secure: f[3]!.toUpperCase() === 'TRUE',
        expires: Number(f[4]) || 0,
        pair: `${f[5]}=${f.slice(6).join('\t')}`,
      },
    ];
  });
}

/** The `name=value` pairs of the file that curl sends to `url`: domain, path, secure and expiry match; longest path first. */
export function cookiesFor(cookies: readonly FileCookie[], url: string, now = Date.now()): string[] {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return [];
  }
  const host = u.hostname.toLowerCase();
  return cookies
    .filter((c) => {
      const d = c.domain?.toLowerCase();
      const domainOk = d === undefined || d === null || host === d || (c.subdomains && host.endsWith(`.${d}`));
      const expired = c.expires > 0 && c.expires * 1000 < now;
      return domainOk && u.pathname.startsWith(c.path) && (!c.secure || u.protocol === 'https:') && !expired;
    })
    .sort((a, b) => b.path.length - a.path.length)
    .map((c) => c.pair);
}

/** The headers with Cookie at `at`: after the user's own, before those derived from other options. */
export function withCookie(headers: readonly [string, string][], value: string, at: number): [string, string][] {
  return [...headers.slice(0, at), ['Cookie', value], ...headers.slice(at)];
}
