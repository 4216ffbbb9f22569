'use client';
import dynamic from 'next/dynamic';
import { useEffect, useState } from 'react';

// The palette (and TanStack Query with it) loads only when first opened.
const CommandPalette = dynamic(() => import('./command-palette').then((m) => m.CommandPalette), { ssr: false });

const typing = (t: EventTarget | null) =>
  t instanceof HTMLElement && (t.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(t.tagName));

/** The header's palette button, and the Ctrl/Cmd+K and `/` shortcuts on every page. */
export function SearchTrigger() {
  const [open, setOpen] = useState(false);
  const [loaded, setLoaded] = useState(false);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (
        (e.key.toLowerCase() === 'k' && (e.metaKey || e.ctrlKey)) ||
        (e.key === '/' && !typing(e.target) && !e.metaKey && !e.ctrlKey)
      ) {
        e.preventDefault();
        setLoaded(true);
        setOpen(true);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  return (
    <>
      <button
        type="button"
        className="icon-button palette-trigger"
        aria-keyshortcuts="Control+K Meta+K /"
        aria-haspopup="dialog"
        onClick={() => {
          setLoaded(true);
          setOpen(true);
        }}
      >
        <span aria-hidden="true">⌕</span> <span className="visually-hidden">Open quick search</span>
        <kbd aria-hidden="true">Ctrl K</kbd>
      </button>
      {loaded && <CommandPalette open={open} onClose={() => setOpen(false)} />}
    </>
  );
}
