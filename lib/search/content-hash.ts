import { createHash } from 'node:crypto';

/** 16 base64url characters of sha256: the text part's URL changes whenever its content does. Server and tools only. */
export const contentHash = (content: string) => createHash('sha256').update(content).digest('base64url').slice(0, 16);
