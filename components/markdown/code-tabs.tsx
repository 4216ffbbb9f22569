'use client';
import { Children, useId, useRef, useState, useSyncExternalStore, type KeyboardEvent, type ReactNode } from 'react';

const KEY = 'code-lang';
const EVENT = 'at:code-lang';

const subscribe = (onChange: () => void) => {
  window.addEventListener(EVENT, onChange);
  window.addEventListener('storage', onChange);
  return () => {
    window.removeEventListener(EVENT, onChange);
    window.removeEventListener('storage', onChange);
  };
};
const readPreference = () => {
  try {
    return localStorage.getItem(KEY);
  } catch {
    return null; // storage blocked: no remembered choice
  }
};
const never = () => () => {};

/**
 * The same sample in several languages, as WAI-ARIA tabs (arrow keys, Home, End). The reader's
 * choice is kept in localStorage and applied to every tab group on every page. Before hydration
 * (or without JavaScript) all samples show, one after another.
 */
export function CodeTabs({ langs, labels, children }: { langs: string[]; labels: string[]; children: ReactNode }) {
  const panels = Children.toArray(children);
  const [picked, setPicked] = useState(0);
  const preference = useSyncExternalStore(subscribe, readPreference, () => null);
  // false while server-rendered and hydrating (all samples show), true once interactive
  const ready = useSyncExternalStore(
    never,
    () => true,
    () => false,
  );
  const remembered = preference ? langs.indexOf(preference) : -1;
  const selected = remembered >= 0 ? remembered : picked;
  const tabs = useRef<(HTMLButtonElement | null)[]>([]);
  const id = useId();

  const choose = (i: number, focus = false) => {
    setPicked(i);
    if (focus) tabs.current[i]?.focus();
    try {
      localStorage.setItem(KEY, langs[i]!);
    } catch {
      // not remembered, still switched
    }
    window.dispatchEvent(new Event(EVENT));
  };
  const onKeyDown = (e: KeyboardEvent) => {
    const n = langs.length;
    const next =
      e.key === 'ArrowRight'
        ? (selected + 1) % n
        : e.key === 'ArrowLeft'
          ? (selected - 1 + n) % n
          : e.key === 'Home'
            ? 0
            : e.key === 'End'
              ? n - 1
              : -1;
    if (next < 0) return;
    e.preventDefault();
    choose(next, true);
  };

  return (
    <div className="code-tabs" data-ready={ready ? '' : undefined}>
      <div role="tablist" aria-label="Language" className="code-tablist" onKeyDown={onKeyDown}>
        {labels.map((label, i) => (
          <button
            key={langs[i]}
            ref={(el) => {
              tabs.current[i] = el;
            }}
            type="button"
            role="tab"
            id={`${id}-tab-${i}`}
            aria-selected={i === selected}
            aria-controls={`${id}-panel-${i}`}
            tabIndex={i === selected ? 0 : -1}
            onClick={() => choose(i)}
          >
            {label}
          </button>
        ))}
      </div>
      {panels.map((panel, i) => (
        <div
          key={langs[i]}
          role="tabpanel"
          id={`${id}-panel-${i}`}
          aria-labelledby={`${id}-tab-${i}`}
          hidden={ready && i !== selected}
        >
          {!ready && <p className="code-tab-label">{labels[i]}</p>}
          {panel}
        </div>
      ))}
    </div>
  );
}
