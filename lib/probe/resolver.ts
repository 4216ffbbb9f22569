import 'server-only';
import { lookup } from 'node:dns/promises';

/** One address a host name resolves to. */
export interface ResolvedAddress {
  address: string;
  family: 4 | 6;
}

/**
 * Resolves a host name to every A and AAAA address. Injectable so tests can simulate
 * DNS (including rebinding: a different answer on the second call).
 */
export type Resolver = (hostname: string) => Promise<ResolvedAddress[]>;

/** getaddrinfo via the OS, like curl and browsers (so /etc/hosts applies to allow-listed names). */
export const systemResolver: Resolver = async (hostname) => {
  const results = await lookup(hostname, { all: true, order: 'verbatim' });
  return results.map((r) => ({ address: r.address, family: r.family === 6 ? 6 : 4 }));
};
