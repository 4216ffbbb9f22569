import { getTrees } from '@/lib/content';
import { refineWizard } from '@/lib/content/wizard';

/** `/wizard/refine?category=auth_expired&status=401&retryAfter=0` → the deepest step the diagnosis settles. */
export function GET(request: Request): Response {
  const q = new URL(request.url).searchParams;
  const status = Number(q.get('status'));
  const retryAfter = q.get('retryAfter');
  const target = refineWizard(getTrees(), {
    category: q.get('category'),
    status: Number.isInteger(status) && status > 0 ? status : null,
    retryAfter: retryAfter === null ? null : retryAfter === '1',
  });
  return new Response(null, { status: 303, headers: { location: target, 'cache-control': 'no-store' } });
}
