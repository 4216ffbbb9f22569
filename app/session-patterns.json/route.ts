import { getSessionPatterns } from '@/lib/content/session-patterns';

// Built once and served as a static file, like /rules.json: the session worker fetches both.
export const dynamic = 'force-static';

export function GET() {
  return Response.json(getSessionPatterns());
}
