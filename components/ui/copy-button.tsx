'use client';
import { useState } from 'react';

interface CopyButtonProps {
  /** Text to copy; when absent, the text of the nearest `[data-copy-scope]` ancestor's <pre>. */
  text?: string;
  label?: string;
  className?: string;
}

/** Copies to the clipboard and says so, to sighted and screen-reader users alike. */
export function CopyButton({ text, label = 'Copy', className = 'icon-button copy' }: CopyButtonProps) {
  const [state, setState] = useState<'idle' | 'done' | 'failed'>('idle');
  return (
    <button
      type="button"
      className={className}
      onClick={async (event) => {
        const scope = event.currentTarget.closest('[data-copy-scope]');
        const value = text ?? scope?.querySelector('pre')?.innerText ?? '';
        try {
          await navigator.clipboard.writeText(value);
          setState('done');
        } catch {
          setState('failed');
        }
        setTimeout(() => setState('idle'), 2000);
      }}
    >
      {state === 'done' ? 'Copied' : state === 'failed' ? 'Copy failed' : label}
      <span className="visually-hidden" aria-live="polite">
        {state === 'done' ? 'Copied to clipboard' : ''}
      </span>
    </button>
  );
}
