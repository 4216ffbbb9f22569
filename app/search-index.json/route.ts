import { searchIndexFile } from '@/lib/search/from-content';

export const dynamic = 'force-static';

/** The search index, built once at build time and served as a static file. */
export function GET(): Response {
  return Response.json(searchIndexFile());
}
