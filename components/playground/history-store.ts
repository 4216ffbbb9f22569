import type { RequestDraft } from '@/lib/request/draft';
import { safeDraft } from '@/lib/request/safe-draft';

/** One sent request, stored without secrets (see lib/request/safe-draft.ts `safeDraft`). */
export interface HistoryEntry {
  id: string;
  at: number;
  draft: RequestDraft;
  /** HTTP status, or the network error kind / problem code. */
  outcome: string;
}

const KEY = 'api-triage:playground-history';
const MAX = 20;

function isEntry(v: unknown): v is HistoryEntry {
  return typeof v === 'object' && v !== null && 'draft' in v && 'id' in v && 'outcome' in v;
}

export function loadHistory(): HistoryEntry[] {
  try {
    const value: unknown = JSON.parse(localStorage.getItem(KEY) ?? '[]');
    return Array.isArray(value) ? value.filter(isEntry).slice(0, MAX) : [];
  } catch {
    return []; // storage disabled or corrupt: history is a convenience, never an error
  }
}

function save(entries: HistoryEntry[]): HistoryEntry[] {
  try {
    localStorage.setItem(KEY, JSON.stringify(entries));
  } catch {
    // quota exceeded or storage disabled: keep the in-memory list
  }
  return entries;
}

/** Add a request (secrets removed) at the top; the same method + URL replaces its older entry. */
export function addHistory(
  entries: HistoryEntry[],
  draft: RequestDraft,
  outcome: string,
  secretHeaders: readonly string[] = [],
): HistoryEntry[] {
  const safe = safeDraft(draft, secretHeaders);
  const entry: HistoryEntry = {
    id: `${Date.now()}-${Math.random().toString(36).slice(2, 8)}`,
    at: Date.now(),
    draft: safe,
    outcome,
  };
  return save(
    [entry, ...entries.filter((e) => e.draft.method !== safe.method || e.draft.url !== safe.url)].slice(0, MAX),
  );
}

export const clearHistory = (): HistoryEntry[] => save([]);
