'use client';
import dynamic from 'next/dynamic';
import { useEffect, useState } from 'react';
import { openPalette } from './palette-shell';

// The palette (and TanStack Query with it) loads only when first opened.
const CommandPalette = dynamic(() => import('./command-palette').then((m) => m.CommandPalette), { ssr: false });

/**
 * The header's palette button. The shortcuts themselves (Ctrl/⌘+K, `/`) are caught from the first
 * paint by the inline shell script, which announces `at:palette`; this mounts the full palette then.
 */
export function SearchTrigger() {
  const [open, setOpen] = useState(false);
  useEffect(() => {
    const show = () => setOpen(true);
    const cancel = () => setOpen(false);
    // Tells the shell that the full palette is on its way, so it need not fall back to /search.
    document.documentElement.dataset.palette = 'ready';
    window.addEventListener('at:palette', show);
    window.addEventListener('at:palette-cancel', cancel);
    // A shortcut pressed before this hydrated has already opened the shell.
    if ((document.getElementById('palette-shell') as HTMLDialogElement | null)?.open) show();
    return () => {
      window.removeEventListener('at:palette', show);
      window.removeEventListener('at:palette-cancel', cancel);
    };
  }, []);
  const [loaded, setLoaded] = useState(false);
  if (open && !loaded) setLoaded(true);
  return (
    <>
      <button
        type="button"
        className="icon-button palette-trigger"
        aria-keyshortcuts="Control+K Meta+K /"
        aria-haspopup="dialog"
        onClick={() => openPalette()}
      >
        <span aria-hidden="true">⌕</span> <span className="visually-hidden">Open quick search</span>
        <kbd aria-hidden="true" className="kbd-ctrl">
          Ctrl K
        </kbd>
        <kbd aria-hidden="true" className="kbd-mac">
          ⌘K
        </kbd>
      </button>
      {loaded && <CommandPalette open={open} onClose={() => setOpen(false)} />}
    </>
  );
}
