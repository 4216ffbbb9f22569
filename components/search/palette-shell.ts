/**
 * Inlined in <head>: the Ctrl/⌘+K and `/` shortcuts work from the first paint. The shortcut
 * opens a plain-DOM shell of the palette at once and focuses its input, so every key typed
 * before React and the index arrive lands there (and a space never scrolls the page). The React
 * palette then takes the text and a pending Enter over (components/search/command-palette.tsx).
 * A search box marked `data-palette-input` hands what is typed in it to the same palette.
 * If the full palette never arrives (8 s after the page loaded), Enter falls back to /search.
 */
function paletteShell() {
  const d = document;
  const root = d.documentElement;
  try {
    if (/Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent)) root.dataset.platform = 'mac';
  } catch {
    // no platform hint: the Ctrl K label stays
  }
  const typing = (t: EventTarget | null) =>
    t instanceof HTMLElement && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName));
  const open = (value: string) => {
    const full = d.querySelector<HTMLDialogElement>('dialog.palette[open]:not(#palette-shell)');
    if (full) return full.querySelector('input')?.focus();
    let s = d.getElementById('palette-shell') as HTMLDialogElement | null;
    if (!s) {
      s = d.createElement('dialog');
      s.id = 'palette-shell';
      s.className = 'palette';
      s.setAttribute('aria-label', 'Search');
      s.innerHTML =
        '<form class="palette-box" action="/search" method="get" role="search"><input name="q" type="text" autocomplete="off" spellcheck="false" aria-label="Search codes, guides and symptoms" placeholder="Type a code or a symptom…"><p class="palette-note">Loading the index…</p></form>';
      d.body.appendChild(s);
      const shell = s;
      const form = s.querySelector('form')!;
      form.addEventListener('submit', (e) => {
        e.preventDefault();
        shell.dataset.enter = '1';
        // Counted from the page being fully loaded, and only while the page has not hydrated
        // (data-palette is set then, and the full palette honours the Enter itself).
        const fallback = () =>
          setTimeout(() => shell.open && shell.dataset.enter === '1' && !root.dataset.palette && form.submit(), 8000);
        if (d.readyState === 'complete') fallback();
        else window.addEventListener('load', fallback, { once: true });
      });
      // Closed by the user (Escape) means cancel; closed by the full palette taking over does not.
      s.addEventListener('close', () => {
        shell.dataset.enter = '';
        if (shell.dataset.handover) delete shell.dataset.handover;
        else window.dispatchEvent(new Event('at:palette-cancel'));
      });
    }
    const input = s.querySelector('input')!;
    if (!s.open) {
      input.value = value;
      s.dataset.enter = '';
      s.showModal();
    }
    input.focus();
    window.dispatchEvent(new Event('at:palette'));
  };
  (window as unknown as { __atOpenPalette: typeof open }).__atOpenPalette = open;
  window.addEventListener(
    'keydown',
    (e) => {
      const k = (e.key || '').toLowerCase();
      const slash = k === '/' && !typing(e.target) && !e.metaKey && !e.ctrlKey && !e.altKey;
      if ((k === 'k' && (e.metaKey || e.ctrlKey)) || slash) {
        e.preventDefault();
        open('');
      }
    },
    true,
  );
  d.addEventListener('input', (e) => {
    const t = e.target;
    if (t instanceof HTMLInputElement && t.hasAttribute('data-palette-input')) open(t.value);
  });
}

export const PALETTE_SHELL_SCRIPT = `(${paletteShell.toString()})()`;

/** Open the palette (the shell first, then the full one) with `value` typed in. */
export function openPalette(value = ''): void {
  (window as unknown as { __atOpenPalette?: (v: string) => void }).__atOpenPalette?.(value);
}
