import { searchIndexFiles } from '@/lib/search/from-content';

export const dynamic = 'force-static';

/**
 * The first part of the search index (one-word codes, titles, categories, providers), built once at
 * build time and served as a static file. Its URL is fixed, so browsers keep it briefly; the
 * full-text part it names has a content-hashed URL and is kept for good.
 */
export function GET(): Response {
  return Response.json(searchIndexFiles().head, {
    headers: { 'Cache-Control': 'public, max-age=300, stale-while-revalidate=86400' },
  });
}
