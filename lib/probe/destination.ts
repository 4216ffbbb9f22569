import 'server-only';
import { checkUrl, type AllowEntry } from './host-policy';
import { isPublicAddress } from './ip-policy';
import { isOwnAddress } from './own-addresses';
import type { ResolvedAddress, Resolver } from './resolver';

/**
 * Thrown for every refused destination, whatever the reason. It carries no reason on
 * purpose: a caller must not be able to tell "private address" from "refused name", or
 * the route becomes a scanner for internal DNS.
 */
export class DestinationRefusedError extends Error {
  readonly code = 'DESTINATION_REFUSED';
  constructor() {
    super('Destination not allowed');
    this.name = 'DestinationRefusedError';
  }
}

/** Thrown when the name does not resolve; the probe reports it as a DNS failure. */
export class LookupFailedError extends Error {
  constructor(readonly code: string) {
    super(`DNS lookup failed (${code})`);
    this.name = 'LookupFailedError';
  }
}

/** What the destination checks need besides the URL. */
export interface DestinationPolicy {
  resolver: Resolver;
  allow: readonly AllowEntry[];
  /** `host[:port]` of the portal itself, refused to prevent loops. */
  selfHosts: readonly string[];
}

/**
 * Vet a URL and return the addresses it may be connected to. Runs before the first
 * request and before every redirect hop; the connector runs the address part again at
 * connect time, so a DNS answer that changes in between (rebinding) is caught there.
 */
export async function vetDestination(url: URL, policy: DestinationPolicy): Promise<ResolvedAddress[]> {
  const verdict = checkUrl(url, policy.allow, policy.selfHosts);
  if (!verdict.ok) throw new DestinationRefusedError();
  return resolveVetted(verdict.host, verdict.literal, verdict.allowListed, policy.resolver);
}

/**
 * Resolve `host` and vet every address; one bad address refuses the host (a name that
 * answers with both a public and a private address is not safe to follow). IP literals
 * are checked directly, since no lookup happens for them.
 */
/** Public, and not one of the portal's own interface addresses (which may well be public). */
const mayDial = (address: string) => isPublicAddress(address) && !isOwnAddress(address);

export async function resolveVetted(
  host: string,
  literal: boolean,
  allowListed: boolean,
  resolver: Resolver,
): Promise<ResolvedAddress[]> {
  if (literal) {
    const address = host.replace(/^\[(.*)\]$/, '$1');
    if (!allowListed && !mayDial(address)) throw new DestinationRefusedError();
    return [{ address, family: address.includes(':') ? 6 : 4 }];
  }
  let addresses: ResolvedAddress[];
  try {
    addresses = await resolver(host);
  } catch (e) {
    // Fail closed: no answer means no connection.
    const code = e instanceof Error && 'code' in e && typeof e.code === 'string' ? e.code : 'ENOTFOUND';
    throw new LookupFailedError(code);
  }
  if (addresses.length === 0) throw new LookupFailedError('ENOTFOUND');
  if (!allowListed && !addresses.every((a) => mayDial(a.address))) throw new DestinationRefusedError();
  return addresses;
}
