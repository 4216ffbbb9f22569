import { createProbeHandler } from '@/lib/probe/handler';

// Node APIs (sockets, DNS, zlib) and per-request work: never static, never the edge runtime.
export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

export const POST = createProbeHandler();
