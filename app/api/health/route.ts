import { health } from '@/lib/api/health';

// Answered by the running process on every call, so a container check sees a live server, not a cached file.
export const dynamic = 'force-dynamic';

export function GET(): Response {
  return Response.json(health(), { headers: { 'cache-control': 'no-store' } });
}
