import { makeSnapshot } from '../header-lines';
import { JSON_PARSE_CAP, parseAndHold } from '../json-memo';
import type { HttpSnapshot } from '../types';
import { isHar, parseHar } from './har-input';
import { headerPairs } from './header-map';
import { readEnvelope } from './json-input';
import { mayBeLoose, readLooseJson, type LooseJson } from './lenient';

/** The warning for a body cut off part way; "malformed or truncated" is what the evidence quotes. */
export const TRUNCATED_WARNING = 'the JSON is malformed or truncated; only its complete members were read';

/** Snapshots for a whole paste that was one printed value: a HAR, an envelope, or a body. */
export function snapshotsFromLoose(loose: LooseJson): HttpSnapshot[] {
  const warnings = loose.truncated ? [TRUNCATED_WARNING] : [];
  if (isHar(loose.value)) return parseHar(loose.value);
  const envelope = readEnvelope(loose.value);
  if (envelope) {
    envelope.warnings.push(...warnings);
    normaliseBody(envelope);
    return [envelope];
  }
  const headers = headerPairs(loose.value);
  if (headers) return [makeSnapshot({ source: 'headers', headers, warnings })];
  return [makeSnapshot({ source: 'body', body: JSON.stringify(loose.value), warnings })];
}

/**
 * A body inside raw HTTP, curl -v, a HAR or an envelope that is a printed value rather than
 * JSON (or JSON encoded twice) is replaced by the JSON it stands for. Strict JSON costs only
 * one parse, which the analysis reuses (`json-memo`).
 */
export function normaliseBody(s: HttpSnapshot): void {
  const t = s.body.trimStart();
  const first = t[0];
  if (first !== '{' && first !== '[' && first !== '"') return;
  if (first !== '"' && t.length > JSON_PARSE_CAP) {
    // A big body: a cheap look at its head decides, a whole parse would cost more than the diagnosis.
    if (!mayBeLoose(t)) return;
  } else {
    try {
      // Strict JSON (almost every body) is settled by one parse, which the analysis then reuses.
      const v = parseAndHold(t);
      if (typeof v !== 'string') return;
    } catch {
      if (first !== '"' && !mayBeLoose(t)) return;
    }
  }
  const loose = readLooseJson(t);
  if (!loose) return;
  s.body = JSON.stringify(loose.value);
  if (loose.truncated && !s.warnings.some((w) => /truncated/.test(w))) s.warnings.push(TRUNCATED_WARNING);
}
