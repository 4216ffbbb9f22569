import type { MetadataRoute } from 'next';
import { getEntries, getGuides, getTrees } from '@/lib/content';
import { SITE_URL } from '@/lib/site/metadata';

export const dynamic = 'force-static';

export default function sitemap(): MetadataRoute.Sitemap {
  const pages = [
    '/',
    '/codes',
    '/guides',
    '/wizard',
    '/diagnose',
    '/session',
    '/jwt',
    '/playground',
    '/api',
    '/search',
  ];
  return [
    ...pages.map((p) => ({
      url: `${SITE_URL}${p}`,
      changeFrequency: 'weekly' as const,
      priority: p === '/' ? 1 : 0.8,
    })),
    ...getEntries().map((e) => ({ url: `${SITE_URL}${e.url}`, lastModified: e.updated, priority: 0.7 })),
    ...getGuides().map((g) => ({ url: `${SITE_URL}${g.url}`, lastModified: g.updated, priority: 0.7 })),
    ...getTrees().map((t) => ({ url: `${SITE_URL}${t.url}`, priority: 0.6 })),
  ];
}
