import { openApiDocument } from '@/lib/api/openapi';

// Generated once at build time from the routes' zod schemas, then served as a static file.
export const dynamic = 'force-static';

export function GET(): Response {
  return Response.json(openApiDocument());
}
