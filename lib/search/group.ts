import type { SearchHit } from './search-types';

export const GROUPS = [
  { type: 'code', label: 'Codes' },
  { type: 'guide', label: 'Guides' },
  { type: 'wizard', label: 'Wizard' },
] as const;

/** Hits grouped as the palette and /search show them (Codes, Guides, Wizard), at most `perGroup` each. */
export function groupHits(hits: readonly SearchHit[], perGroup = 8) {
  return GROUPS.map((g) => ({ ...g, hits: hits.filter((h) => h.record.type === g.type).slice(0, perGroup) })).filter(
    (g) => g.hits.length > 0,
  );
}

/** Split text into plain and matched parts for highlighting (case-insensitive, whole query terms). */
export function highlightParts(text: string, terms: readonly string[]): { text: string; hit: boolean }[] {
  const usable = terms.filter((t) => t.length >= 2).map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  if (usable.length === 0) return [{ text, hit: false }];
  const re = new RegExp(`(${usable.join('|')})`, 'gi');
  return text
    .split(re)
    .filter(Boolean)
    .map((part) => ({ text: part, hit: re.test(part) && !(re.lastIndex = 0) }));
}
