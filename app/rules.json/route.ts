import { getRuleSet } from '@/lib/content/rules-generated';

// Built once at build time and served as a static file: the diagnose page fetches it lazily,
// so the rules never weigh on any page's JavaScript.
export const dynamic = 'force-static';

export function GET() {
  return Response.json(getRuleSet());
}
