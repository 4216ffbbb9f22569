/**
 * The tiny JSON path walker the profiles and the envelope table use: dot-separated member
 * names, `[]` for any item of an array, `[n]` for one item (grammar in provider-profile.ts).
 * Linear in what it visits: arrays are read up to MAX_ITEMS items, so a 10,000-item batch
 * costs what a 20-item one does.
 */

/**
 * One step of a path: a member (`key`), one item (`index`) or any item (`any`). One object
 * shape for all three keeps the walk monomorphic: it runs for every signal of every diagnosis.
 */
export interface PathStep {
  kind: 'key' | 'index' | 'any';
  /** the member name (`key` steps; '' otherwise) */
  key: string;
  /** the item (`index` steps; -1 otherwise) */
  index: number;
}

/** Items of an array a `[]` step looks at. */
const MAX_ITEMS = 20;

/** Compiled paths by source: one array per distinct path, so a diagnosis can memoise a walk by it. */
const compiled = new Map<string, PathStep[]>();

/** `error.details[].reason` → steps (the same array for the same path). Paths are validated by the profile schema. */
export function compilePath(path: string): PathStep[] {
  let steps = compiled.get(path);
  if (!steps) {
    steps = compileSteps(path);
    if (compiled.size < 10_000) compiled.set(path, steps);
  }
  return steps;
}

function compileSteps(path: string): PathStep[] {
  const steps: PathStep[] = [];
  for (const part of path.split('.')) {
    const m = /^([^[]*)((?:\[\d*\])*)$/.exec(part);
    if (!m) continue;
    if (m[1]) steps.push({ kind: 'key', key: m[1], index: -1 });
    for (const bracket of (m[2] ?? '').match(/\[\d*\]/g) ?? []) {
      const n = bracket.slice(1, -1);
      steps.push(n === '' ? { kind: 'any', key: '', index: -1 } : { kind: 'index', key: '', index: Number(n) });
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
  let fans = false;
  for (let i = 0; i < steps.length; i++) if (steps[i]!.kind === 'any') fans = true;
  if (!fans) {
    let v: unknown = root;
    for (let i = 0; i < steps.length; i++) {
      const step = steps[i]!;
      if (step.kind === 'key') {
        if (!isObject(v) || !Object.hasOwn(v, step.key)) return [];
        v = v[step.key];
      } else if (!Array.isArray(v) || step.index >= v.length) return [];
      else v = v[step.index];
    }
    return [v];
  }
  let current: unknown[] = [root];
  for (const step of steps) {
    const next: unknown[] = [];
    for (const v of current) {
      if (step.kind === 'key') {
        if (isObject(v) && Object.hasOwn(v, step.key)) next.push(v[step.key]);
      } else if (Array.isArray(v)) {
        if (step.kind === 'index') {
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
