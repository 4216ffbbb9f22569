'use client';
import { createContext, useContext, type ReactNode } from 'react';

/**
 * Provider id → display name for the diagnosis panels of a page. A server page passes the
 * names it derived from content/providers; the profiles themselves never reach the browser.
 */
const ProviderNamesContext = createContext<Readonly<Record<string, string>>>({});

export function ProviderNames({ names, children }: { names: Readonly<Record<string, string>>; children: ReactNode }) {
  return <ProviderNamesContext.Provider value={names}>{children}</ProviderNamesContext.Provider>;
}

export const useProviderNames = () => useContext(ProviderNamesContext);
