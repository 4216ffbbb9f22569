/**
 * Which entry pages the build prerenders. Up to PRERENDER_LIMIT, generic entries first (HTTP
 * statuses, transport and protocol errors: the most visited); the others render on their first
 * request and are then cached like a prerendered page. Build time and build output grow with
 * every prerendered page: at 5,000 entries prerendering all of them doubled both.
 */
export const PRERENDER_LIMIT = 1500;

export function prerenderedSlugs(
  entries: readonly { slug: string; provider?: string | null }[],
  limit = PRERENDER_LIMIT,
): string[] {
  if (entries.length <= limit) return entries.map((e) => e.slug);
  const generic = entries.filter((e) => !e.provider);
  const provider = entries.filter((e) => e.provider);
  return [...generic, ...provider].slice(0, limit).map((e) => e.slug);
}
