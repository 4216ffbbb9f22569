'use client';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { Providers } from '@/components/query-provider';
import { groupHits } from '@/lib/search/group';
import { looksLikeResponse } from '@/lib/search/query';
import { Highlight } from './highlight';
import { addRecent, readRecent } from './recent';
import { useSearchIndex, useWorkerSearch } from './use-search';

interface Props {
  open: boolean;
  onClose: () => void;
}

/** Ctrl/Cmd+K palette: grouped results, arrow keys and Enter, recent searches, a way to diagnose a pasted response. */
export function CommandPalette(props: Props) {
  return (
    <Providers>
      <Palette {...props} />
    </Providers>
  );
}

interface Item {
  id: string;
  url: string;
  label: string;
  recent?: string;
}

function Palette({ open, onClose }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const input = useRef<HTMLInputElement>(null);
  const router = useRouter();
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const [recent, setRecent] = useState<string[]>([]);
  // Enter pressed in the shell before the index was ready: honoured once results arrive.
  const pendingEnter = useRef(false);
  const index = useSearchIndex(open);
  const { hits, ready, settled, waiting } = useWorkerSearch(index, query);
  const groups = useMemo(() => groupHits(hits, 6), [hits]);
  const diagnosable = looksLikeResponse(query);

  // Layout effect: taking the shell's text and focus happens in one task, so no key is lost between them.
  useLayoutEffect(() => {
    const d = dialog.current;
    if (!d) return;
    if (open && !d.open) {
      const shell = document.getElementById('palette-shell') as HTMLDialogElement | null;
      const typed = shell?.open ? (shell.querySelector('input')?.value ?? '') : '';
      const enter = shell?.open === true && shell.dataset.enter === '1';
      if (shell?.open) {
        shell.dataset.enter = '';
        shell.dataset.handover = '1';
        shell.close();
      }
      d.showModal();
      // Each opening starts from what was typed, showing the recent searches (known only in the browser).
      setQuery(typed);
      pendingEnter.current = enter;
      setActive(0);
      setRecent(readRecent());
      input.current?.focus();
    } else if (!open && d.open) d.close();
  }, [open]);

  // One flat list of what Enter can open, in display order, for the arrow keys.
  const items: Item[] = query.trim()
    ? [
        ...(diagnosable ? [{ id: 'diagnose', url: '/diagnose', label: 'Diagnose this response' }] : []),
        ...groups.flatMap((g) => g.hits.map((h) => ({ id: h.record.id, url: h.record.url, label: h.record.title }))),
      ]
    : recent.map((r) => ({ id: `recent:${r}`, url: '', label: r, recent: r }));

  const choose = (item: Item | undefined) => {
    if (!item) {
      if (query.trim()) router.push(`/search?q=${encodeURIComponent(query)}`);
      onClose();
      return;
    }
    if (item.recent !== undefined) {
      setQuery(item.recent);
      setActive(0);
      return;
    }
    if (item.id === 'diagnose') {
      void import('@/lib/search/diagnose-link').then(async ({ diagnoseLink }) => {
        router.push(await diagnoseLink(query));
        onClose();
      });
      return;
    }
    addRecent(query);
    router.push(item.url);
    onClose();
  };

  useEffect(() => {
    if (!pendingEnter.current || !ready || !settled) return;
    pendingEnter.current = false;
    choose(items[0]);
  });

  const onKeyDown = (e: React.KeyboardEvent) => {
    if (e.key === 'ArrowDown') setActive((a) => Math.min(items.length - 1, a + 1));
    else if (e.key === 'ArrowUp') setActive((a) => Math.max(0, a - 1));
    else if (e.key === 'Home') setActive(0);
    else if (e.key === 'End') setActive(items.length - 1);
    else if (e.key === 'Enter') {
      // Enter before the results for what was typed have arrived waits for them.
      if (query.trim() && (!ready || !settled)) pendingEnter.current = true;
      else choose(items[active]);
    } else return;
    e.preventDefault();
  };
  const optionId = (i: number) => `palette-opt-${i}`;
  let n = 0;

  return (
    <dialog
      ref={dialog}
      className="palette"
      aria-label="Search"
      onClose={onClose}
      onClick={(e) => e.target === dialog.current && onClose()}
    >
      <div className="palette-box">
        <input
          ref={input}
          type="text"
          role="combobox"
          aria-label="Search codes, guides and symptoms"
          aria-expanded={items.length > 0}
          aria-controls="palette-results"
          aria-activedescendant={items.length ? optionId(active) : undefined}
          aria-autocomplete="list"
          placeholder="Type a code or a symptom…"
          value={query}
          onChange={(e) => {
            setQuery(e.target.value);
            setActive(0);
          }}
          onKeyDown={onKeyDown}
          autoComplete="off"
          spellCheck={false}
        />
        <div id="palette-results" role="listbox" aria-label="Results" className="palette-results">
          {index.isError && (
            <p className="palette-note" role="alert">
              The search index could not be loaded.{' '}
              <Link href={`/search?q=${encodeURIComponent(query)}`} onClick={onClose}>
                Search without it
              </Link>
              .
            </p>
          )}
          {!index.isError && !ready && <p className="palette-note">Loading the index…</p>}
          {waiting && <p className="palette-note">Searching the full text…</p>}
          {query.trim() === '' && recent.length > 0 && (
            <div role="group" aria-labelledby="palette-recent">
              <p id="palette-recent" className="palette-group">
                Recent searches
              </p>
              {recent.map((r) => {
                const i = n++;
                return (
                  <Option
                    key={r}
                    id={optionId(i)}
                    active={i === active}
                    onPick={() => choose(items[i])}
                    onHover={() => setActive(i)}
                  >
                    {r}
                  </Option>
                );
              })}
            </div>
          )}
          {query.trim() === '' && (
            <p className="palette-note">
              No code yet?{' '}
              <Link href="/wizard" onClick={onClose}>
                Start the symptom wizard
              </Link>{' '}
              · Have a response?{' '}
              <Link href="/diagnose" onClick={onClose}>
                Paste it for a diagnosis
              </Link>
            </p>
          )}
          {diagnosable &&
            (() => {
              const i = n++;
              return (
                <Option
                  id={optionId(i)}
                  active={i === active}
                  onPick={() => choose(items[i])}
                  onHover={() => setActive(i)}
                >
                  <strong>Diagnose this</strong> — it looks like a pasted response
                </Option>
              );
            })()}
          {groups.map((g) => (
            <div key={g.type} role="group" aria-labelledby={`palette-g-${g.type}`}>
              <p id={`palette-g-${g.type}`} className="palette-group">
                {g.label}
              </p>
              {g.hits.map((h) => {
                const i = n++;
                return (
                  <Option
                    key={h.record.id}
                    id={optionId(i)}
                    active={i === active}
                    onPick={() => choose(items[i])}
                    onHover={() => setActive(i)}
                  >
                    <span className="palette-title">
                      {h.record.parent && <span className="muted">{h.record.parent} › </span>}
                      <Highlight text={h.record.title} terms={h.terms} />
                    </span>
                    <span className="palette-summary">
                      <Highlight text={h.record.summary || (h.record.label ?? '')} terms={h.terms} />
                    </span>
                  </Option>
                );
              })}
            </div>
          ))}
          {query.trim() !== '' && ready && settled && hits.length === 0 && !diagnosable && (
            <p className="palette-note" role="status">
              No results for “{query}”. Try the{' '}
              <Link href="/wizard" onClick={onClose}>
                wizard
              </Link>{' '}
              or{' '}
              <Link href="/diagnose" onClick={onClose}>
                paste the response
              </Link>
              .
            </p>
          )}
        </div>
        <p className="palette-help muted">
          <kbd>↑</kbd> <kbd>↓</kbd> to move · <kbd>Enter</kbd> to open · <kbd>Esc</kbd> to close
        </p>
      </div>
    </dialog>
  );
}

function Option({
  id,
  active,
  onPick,
  onHover,
  children,
}: {
  id: string;
  active: boolean;
  onPick: () => void;
  onHover: () => void;
  children: React.ReactNode;
}) {
  return (
    <div
      id={id}
      role="option"
      aria-selected={active}
      className={active ? 'palette-option active' : 'palette-option'}
      onClick={onPick}
      onMouseMove={onHover}
    >
      {children}
    </div>
  );
}
