/**
 * Why the portal refused a destination, when the reason can be read from the URL alone (no
 * DNS): the scheme, userinfo, a non-web port, or a name that is never public. Address-based
 * refusals (what a name resolved to) stay generic on purpose, as the server keeps them: naming
 * them would let anyone map the portal's internal network. The lists mirror the server's
 * name rules in lib/probe/host-policy.ts, which the client may not import.
 */

/** Fetch standard "bad ports" (https://fetch.spec.whatwg.org/#bad-port), plus 0. */
const BAD_PORTS = new Set([
  0, 1, 7, 9, 11, 13, 15, 17, 19, 20, 21, 22, 23, 25, 37, 42, 43, 53, 69, 77, 79, 87, 95, 101, 102, 103, 104, 109, 110,
  111, 113, 115, 117, 119, 123, 135, 137, 139, 143, 161, 179, 389, 427, 465, 512, 513, 514, 515, 526, 530, 531, 532,
  540, 548, 554, 556, 563, 587, 601, 636, 989, 990, 993, 995, 1719, 1720, 1723, 2049, 3659, 4045, 4190, 5060, 5061,
  6000, 6566, 6665, 6666, 6667, 6668, 6669, 6679, 6697, 10080,
]);

/** Name suffixes that are never public, with the document that reserves them. */
const RESERVED: [suffix: string, why: string][] = [
  ['.localhost', 'names under .localhost always mean this machine (RFC 6761 §6.3)'],
  ['.invalid', '.invalid is reserved so that it can never resolve (RFC 6761 §6.4)'],
  ['.test', '.test is reserved for testing and is not delegated in public DNS (RFC 6761 §6.2)'],
  ['.example', '.example is reserved for documentation (RFC 6761 §6.5)'],
  ['.local', '.local names are multicast DNS names on a local network (RFC 6762)'],
  ['.home.arpa', '.home.arpa names belong to home networks (RFC 8375)'],
  ['.onion', '.onion names are reachable only through Tor (RFC 7686)'],
  ['.alt', '.alt is reserved for non-DNS name systems (RFC 9476)'],
  ['.internal', '.internal is reserved for private use (ICANN, 2024)'],
  ['.localdomain', '.localdomain names a local network'],
  ['.intranet', '.intranet names a private network'],
  ['.lan', '.lan names a local network'],
  ['.corp', '.corp names a private network'],
  ['.home', '.home names a home network'],
  ['.private', '.private names a private network'],
];

const isIpLiteral = (host: string) =>
  /^\[.*\]$/.test(host) || /^\d{1,3}(\.\d{1,3}){3}$/.test(host) || /^\d+$/.test(host);

/** The rule that refused `rawUrl`, in words, or null when the refusal depends on DNS or addresses. */
export function refusalRule(rawUrl: string): string | null {
  let url: URL;
  try {
    url = new URL(rawUrl);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    return `The playground only sends http:// and https:// requests, not ${url.protocol}.`;
  if (url.username || url.password)
    return 'URLs with a user name or password in them are refused; put credentials in the Authorization header instead.';
  const port = url.port ? Number(url.port) : url.protocol === 'https:' ? 443 : 80;
  if (BAD_PORTS.has(port))
    return `Port ${port} is not a web port: browsers refuse it too (the Fetch standard's list of bad ports).`;
  const host = url.hostname.toLowerCase().replace(/\.+$/, '');
  if (isIpLiteral(host)) return null;
  if (host === 'localhost') return '"localhost" always means the machine the request runs on — here, the portal.';
  const reserved = RESERVED.find(([suffix]) => host.endsWith(suffix) || host === suffix.slice(1));
  if (reserved) return `${host} cannot be a public host: ${reserved[1]}.`;
  if (!host.includes('.'))
    return `"${host}" is a single-label name: it only resolves inside a private network, so the portal does not look it up.`;
  return null;
}
