import profileIndex from '../../.contentlayer/generated/ProviderProfile/_index.json';
import semanticsIndex from '../../.contentlayer/generated/Semantics/_index.json';
import { ProviderProfile } from '../diagnose/provider-profile';
import { Semantics } from '../diagnose/semantics';

/**
 * The providers, derived from the folder content/providers/ (one YAML profile each): the
 * list the catalog filters on, the names pages show, the profiles the engine walks. Read
 * from the content build's JSON index (not the contentlayer barrel), so a client component
 * that needs a provider's name does not pull every entry into its bundle. The build's
 * validator has already checked each file; parsing here gives the zod types.
 */
const profiles: readonly ProviderProfile[] = profileIndex
  .map(({ _id: _docId, _raw: _source, type: _type, ...data }) => ProviderProfile.parse(data))
  .sort((a, b) => a.name.localeCompare(b.name, 'en'));

export const getProviderProfiles = (): readonly ProviderProfile[] => profiles;

/** provider id → display name */
export const PROVIDER_NAMES: Readonly<Record<string, string>> = Object.fromEntries(profiles.map((p) => [p.id, p.name]));

/** Provider ids, ordered by name. */
export const PROVIDER_IDS: readonly string[] = profiles.map((p) => p.id);

/** A provider's display name, or the id itself for an unknown one; null for none. */
export const providerLabel = (id: string | null | undefined): string | null => (id ? (PROVIDER_NAMES[id] ?? id) : null);

/** The phrase tables (content/semantics.yaml), validated by the build; the engine reads them with the rules. */
const semantics: Semantics | undefined = semanticsIndex
  .map(({ _id: _docId, _raw: _source, type: _type, ...data }) => Semantics.parse(data))
  .at(0);

export const getSemantics = (): Semantics | undefined => semantics;
