import { createHash } from 'node:crypto';
import { allDocuments } from 'contentlayer/generated';
import { z } from 'zod';
import pkg from '@/package.json';

/** `GET /api/health`: what a load balancer or `HEALTHCHECK` reads. */
export const healthSchema = z.strictObject({
  status: z.literal('ok'),
  /** The portal's release (package.json `version`). */
  version: z.string().min(1),
  /** A short hash of the content build: two instances with the same value serve the same knowledge base. */
  contentVersion: z.string().regex(/^[0-9a-f]{16}$/),
});
export type Health = z.infer<typeof healthSchema>;

/** The documents in a stable order, each as its JSON (frontmatter, body and source path). */
interface HashableDoc {
  _id: string;
}

/**
 * Hash of the contentlayer build the server was compiled with. The documents are bundled at build
 * time, so every process of one build reports the same value, and any content edit changes it.
 */
export function contentHash(docs: readonly HashableDoc[]): string {
  const hash = createHash('sha256');
  for (const doc of [...docs].sort((a, b) => (a._id < b._id ? -1 : a._id > b._id ? 1 : 0))) {
    hash.update(JSON.stringify(doc));
    hash.update('\0');
  }
  return hash.digest('hex').slice(0, 16);
}

let contentVersion: string | null = null;

export function health(): Health {
  contentVersion ??= contentHash(allDocuments);
  return { status: 'ok', version: pkg.version, contentVersion };
}
