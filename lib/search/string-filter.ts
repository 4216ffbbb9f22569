/**
 * A Bloom filter of strings, small enough to travel in the search index's first part: it says
 * "no" for every string never added and "maybe" for every one added, and for about 1 % of the
 * others. Sent as base64. Client-safe: no `node:*`.
 */

/** 10 bits and 7 probes per string: about 1 % false "maybe", 1.25 bytes per string. */
const BITS_PER_STRING = 10;
const PROBES = 7;

/** FNV-1a, 32 bits, with a seed: two of them make every probe (double hashing). */
function fnv(s: string, seed: number): number {
  let h = (2166136261 ^ seed) >>> 0;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h >>> 0;
}

function probes(s: string, bits: number): number[] {
  const a = fnv(s, 0);
  const b = fnv(s, 0x9e3779b9) | 1;
  return Array.from({ length: PROBES }, (_, i) => ((a + Math.imul(i, b)) >>> 0) % bits);
}

/** The filter of `strings`, as base64 (empty when there are none). */
export function buildStringFilter(strings: readonly string[]): string {
  const unique = [...new Set(strings)];
  if (unique.length === 0) return '';
  const bytes = new Uint8Array(Math.ceil((unique.length * BITS_PER_STRING) / 8));
  for (const s of unique) for (const p of probes(s, bytes.length * 8)) bytes[p >> 3]! |= 1 << (p & 7);
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary);
}

/** The membership test of a filter made by `buildStringFilter`: false means surely not added. */
export function stringFilter(base64: string): (s: string) => boolean {
  const binary = atob(base64);
  const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
  const bits = bytes.length * 8;
  return (s) => bits > 0 && probes(s, bits).every((p) => (bytes[p >> 3]! & (1 << (p & 7))) !== 0);
}
