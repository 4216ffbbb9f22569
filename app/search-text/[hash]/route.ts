import { searchIndexFiles } from '@/lib/search/from-content';

export const dynamic = 'force-static';
/** Only this build's hash exists: an old head's link answers 404 rather than another build's text. */
export const dynamicParams = false;

export function generateStaticParams(): { hash: string }[] {
  return [{ hash: searchIndexFiles().hash }];
}

/** The full-text part of the search index, fetched after the first part; content-hashed, so immutable. */
export function GET(): Response {
  return Response.json(searchIndexFiles().text, {
    headers: { 'Cache-Control': 'public, max-age=31536000, immutable' },
  });
}
