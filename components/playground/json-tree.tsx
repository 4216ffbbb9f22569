import type { ReactNode } from 'react';
import styles from './playground.module.css';

/** Nodes rendered at most; a larger body is cut short here and stays whole in the Raw view. */
const MAX_NODES = 3000;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const preview = (v: Json[] | { [key: string]: Json }) =>
  Array.isArray(v) ? `[${v.length} ${v.length === 1 ? 'item' : 'items'}]` : `{${Object.keys(v).length} keys}`;

function Scalar({ value }: { value: Exclude<Json, object> | null }) {
  if (value === null) return <span className={styles.jsonNull}>null</span>;
  if (typeof value === 'string') return <span className={styles.jsonString}>{JSON.stringify(value)}</span>;
  return <span className={styles.jsonLiteral}>{String(value)}</span>;
}

/**
 * A response body as a collapsible tree: native <details> per object and array, so it is
 * keyboard- and screen-reader-operable without script. Objects below `openDepth` start closed.
 */
export function JsonTree({ value, openDepth = 2 }: { value: Json; openDepth?: number }) {
  let budget = MAX_NODES;
  const node = (key: ReactNode, v: Json, depth: number): ReactNode => {
    if (--budget < 0) return null;
    const label = key === null ? null : <span className={styles.jsonKey}>{key}: </span>;
    if (v === null || typeof v !== 'object')
      return (
        <div className={styles.jsonRow}>
          {label}
          <Scalar value={v} />
        </div>
      );
    const entries: [string | number, Json][] = Array.isArray(v) ? v.map((x, i) => [i, x]) : Object.entries(v);
    if (entries.length === 0)
      return (
        <div className={styles.jsonRow}>
          {label}
          <span className="muted">{Array.isArray(v) ? '[]' : '{}'}</span>
        </div>
      );
    const children = entries.map(([k, x]) => <li key={k}>{node(k, x, depth + 1)}</li>);
    return (
      <details open={depth < openDepth} className={styles.jsonNode}>
        <summary>
          {label}
          <span className="muted">{preview(v)}</span>
        </summary>
        <ul>{children}</ul>
      </details>
    );
  };
  const tree = node(null, value, 0);
  return (
    <div className={styles.jsonTree} role="group" aria-label="Response body as a tree">
      {tree}
      {budget < 0 && (
        <p className={styles.hint}>The body is too large to show whole here; the Raw view has all of it.</p>
      )}
    </div>
  );
}
