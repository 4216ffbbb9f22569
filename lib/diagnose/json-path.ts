/**
 * The tiny JSON path walker the profiles and the envelope table use: dot-separated member
 * names, `[]` for any item of an array, `[n]` for one item (grammar in provider-profile.ts).
 * Linear in what it visits: arrays are read up to MAX_ITEMS items, so a 10,000-item batch
 * costs what a 20-item one does.
 */

/** One step of a path. */
export type PathStep = { key: string } | { index: number } | { any: true };

/** Items of an array a `[]` step looks at. */
const MAX_ITEMS = 20;

/** `error.details[].reason` → steps. Paths are validated by the profile schema. */
export function compilePath(path: string): PathStep[] {
  const steps: PathStep[] = [];
  for (const part of path.split('.')) {
    const m = /^([^[]*)((?:\[\d*\])*)$/.exec(part);
    if (!m) continue;
    if (m[1]) steps.push({ key: m[1] });
    for (const bracket of (m[2] ?? '').match(/\[\d*\]/g) ?? []) {
      const n = bracket.slice(1, -1);
      steps.push(n === '' ? { any: true } : { index: Number(n) });
    }
  }
  return steps;
}

/** A JSON object (not an array, not null): the one check every reader of parsed bodies uses. */
export const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Every value at the path (an `[]` step fans out), in document order, at most `limit`. */
export function valuesAt(root: unknown, steps: readonly PathStep[], limit = MAX_ITEMS): unknown[] {
  // Most paths have no `[]`: walk them without building lists.
  if (!steps.some((s) => 'any' in s)) {
    let v: unknown = root;
    for (const step of steps) {
      if ('key' in step) {
        if (!isObject(v) || !Object.hasOwn(v, step.key)) return [];
        v = v[step.key];
      } else if (!('index' in step) || !Array.isArray(v) || step.index >= v.length) return [];
      else v = v[step.index];
    }
    return [v];
  }
  let current: unknown[] = [root];
  for (const step of steps) {
    const next: unknown[] = [];
    for (const v of current) {
      if ('key' in step) {
        if (isObject(v) && Object.hasOwn(v, step.key)) next.push(v[step.key]);
      } else if (Array.isArray(v)) {
        if ('index' in step) {
          if (step.index < v.length) next.push(v[step.index]);
        } else for (let i = 0; i < v.length && i < MAX_ITEMS; i++) next.push(v[i]);
      }
      if (next.length >= limit * MAX_ITEMS) break;
    }
    current = next;
    if (current.length === 0) return current;
  }
  return current.length > limit ? current.slice(0, limit) : current;
}

/** The first value at the path, or undefined. */
export const valueAt = (root: unknown, steps: readonly PathStep[]): unknown => valuesAt(root, steps, 1)[0];
