/**
 * Provider profiles (content/providers/*.yaml, shipped in the RuleSet) compiled once per
 * rule set: signals indexed by header name so a response only tests the signals of the
 * headers it carries, locators ready to read. Nothing here knows any provider.
 */
import { compileCondition, compileLocator, type CompiledCondition, type CompiledLocator } from './conditions';
import type { ProviderProfile, RetryHint } from './provider-profile';

export interface CompiledSignal extends CompiledCondition {
  provider: string;
  weight: number;
  why: string;
}

export interface CompiledRetry extends CompiledLocator {
  unit: RetryHint['unit'];
  remaining: string | null;
}

export interface CompiledProfile {
  id: string;
  name: string;
  role: ProviderProfile['role'];
  codes: CompiledLocator[];
  messages: CompiledLocator[];
  requestIds: CompiledLocator[];
  retry: CompiledRetry[];
}

export interface CompiledProfiles {
  byId: Map<string, CompiledProfile>;
  /** signals about one exact header, by lower-case name */
  byHeader: Map<string, CompiledSignal[]>;
  /** host signals (the profile's `hosts`, weight 2, and `host:` signals), by the suffix they name */
  hosts: Map<string, CompiledSignal[]>;
  /** signals on the body, by the path's first member (`[]` for a top-level array): tested only when the body has it */
  body: Map<string, CompiledSignal[]>;
  /** signals about any header with a prefix (`anthropic-*`), by the prefix's first PREFIX_KEY characters */
  byHeaderPrefix: Map<string, CompiledSignal[]>;
  /** text signals (and prefixes too short to index): tested on every response */
  rest: CompiledSignal[];
}

/** How many leading characters of a header prefix index it. */
export const PREFIX_KEY = 3;

/** A request to one of a provider's own hosts is strong evidence. */
const HOST_WEIGHT = 2;

export function compileProfiles(profiles: readonly ProviderProfile[]): CompiledProfiles {
  const out: CompiledProfiles = {
    byId: new Map(),
    byHeader: new Map(),
    byHeaderPrefix: new Map(),
    hosts: new Map(),
    body: new Map(),
    rest: [],
  };
  const addHost = (c: CompiledSignal) => {
    const key = c.host ?? '';
    const list = out.hosts.get(key);
    if (list) list.push(c);
    else out.hosts.set(key, [c]);
  };
  for (const p of profiles) {
    out.byId.set(p.id, {
      id: p.id,
      name: p.name,
      role: p.role,
      codes: p.codes.map(compileLocator),
      messages: p.messages.map(compileLocator),
      requestIds: p.requestIds.map(compileLocator),
      retry: p.retry.map((r) => ({ ...compileLocator(r), unit: r.unit, remaining: r.remaining ?? null })),
    });
    for (const host of p.hosts)
      addHost({ ...compileCondition({ host }), provider: p.id, weight: HOST_WEIGHT, why: `host ${host}` });
    for (const s of p.detect) {
      const c: CompiledSignal = { ...compileCondition(s), provider: p.id, weight: s.weight, why: s.why };
      if (c.header !== null && !c.headerPrefix) {
        const list = out.byHeader.get(c.header);
        if (list) list.push(c);
        else out.byHeader.set(c.header, [c]);
      } else if (c.header !== null && c.header.length >= PREFIX_KEY) {
        const key = c.header.slice(0, PREFIX_KEY);
        const list = out.byHeaderPrefix.get(key);
        if (list) list.push(c);
        else out.byHeaderPrefix.set(key, [c]);
      } else if (c.host !== null) addHost(c);
      else if (c.steps !== null) {
        const first = c.steps[0];
        const key = first?.kind === 'key' ? first.key : '[]';
        const list = out.body.get(key);
        if (list) list.push(c);
        else out.body.set(key, [c]);
      } else out.rest.push(c);
    }
  }
  return out;
}
