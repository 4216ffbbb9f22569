'use client';
import styles from './playground.module.css';

interface KeyValueRowsProps {
  /** Group label, e.g. "Query parameters"; also prefixes each input's accessible name. */
  legend: string;
  rows: [string, string][];
  onChange: (rows: [string, string][]) => void;
  keyLabel: string;
  valueLabel: string;
  addLabel: string;
  /** Rows whose value should be masked (secret headers). */
  secret?: (name: string) => boolean;
}

/** Editable name/value rows with labelled inputs and remove buttons (params, headers). */
export function KeyValueRows({ legend, rows, onChange, keyLabel, valueLabel, addLabel, secret }: KeyValueRowsProps) {
  const update = (index: number, column: 0 | 1, value: string) =>
    onChange(
      rows.map((row, i): [string, string] => (i !== index ? row : column === 0 ? [value, row[1]] : [row[0], value])),
    );
  return (
    <fieldset className={styles.group}>
      <legend>{legend}</legend>
      {rows.length > 0 && (
        <div className={styles.rows}>
          {rows.map(([k, v], i) => (
            <div className={styles.row} key={i}>
              <input
                type="text"
                aria-label={`${legend} ${i + 1} ${keyLabel}`}
                placeholder={keyLabel}
                value={k}
                spellCheck={false}
                autoComplete="off"
                onChange={(e) => update(i, 0, e.target.value)}
              />
              <input
                type={secret?.(k) ? 'password' : 'text'}
                aria-label={`${legend} ${i + 1} ${valueLabel}`}
                placeholder={valueLabel}
                value={v}
                spellCheck={false}
                autoComplete="off"
                onChange={(e) => update(i, 1, e.target.value)}
              />
              <button
                type="button"
                className="icon-button"
                aria-label={`Remove ${legend.toLowerCase()} ${i + 1}${k ? ` (${k})` : ''}`}
                onClick={() => onChange(rows.filter((_, j) => j !== i))}
              >
                ×
              </button>
            </div>
          ))}
        </div>
      )}
      <button type="button" className="button secondary" onClick={() => onChange([...rows, ['', '']])}>
        {addLabel}
      </button>
    </fieldset>
  );
}
