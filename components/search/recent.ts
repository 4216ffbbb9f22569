const KEY = 'api-triage:recent-searches';
const MAX = 8;

/** Recent searches, newest first, kept in this browser only. */
export function readRecent(): string[] {
  try {
    const v: unknown = JSON.parse(localStorage.getItem(KEY) ?? '[]');
    return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string').slice(0, MAX) : [];
  } catch {
    return [];
  }
}

export function addRecent(query: string): void {
  const q = query.trim();
  // Never remember a pasted response: it may hold secrets.
  if (!q || q.length > 80 || q.includes('\n')) return;
  try {
    localStorage.setItem(KEY, JSON.stringify([q, ...readRecent().filter((r) => r !== q)].slice(0, MAX)));
  } catch {
    /* storage full or disabled: nothing to remember */
  }
}
