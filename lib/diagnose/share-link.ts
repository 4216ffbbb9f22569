/**
 * Share links: the (already redacted) input, deflate-raw compressed and base64url-encoded
 * into the URL fragment, which browsers never send to a server. Uses the platform's
 * CompressionStream, so no dependency; works in browsers and Node ≥ 18.
 */

import { concatBytes } from './bytes';

/** Fragment prefix: `#r=<data>`. */
export const SHARE_PREFIX = '#r=';
/** Longer links break in chat tools and address bars; larger inputs are not shared. */
export const MAX_SHARE_CHARS = 32_000;

export async function encodeShare(text: string): Promise<string> {
  const bytes = await pipe(new TextEncoder().encode(text), new CompressionStream('deflate-raw'));
  return SHARE_PREFIX + toBase64Url(bytes);
}

/** The text in a share fragment, or null when the fragment is not one or is damaged. */
export async function decodeShare(fragment: string): Promise<string | null> {
  if (!fragment.startsWith(SHARE_PREFIX)) return null;
  try {
    const bytes = await pipe(
      fromBase64Url(fragment.slice(SHARE_PREFIX.length)),
      new DecompressionStream('deflate-raw'),
    );
    return new TextDecoder().decode(bytes);
  } catch {
    return null;
  }
}

async function pipe(input: Uint8Array, transform: CompressionStream | DecompressionStream): Promise<Uint8Array> {
  const writer = transform.writable.getWriter();
  void writer
    .write(input as Uint8Array<ArrayBuffer>)
    .then(() => writer.close())
    .catch(() => undefined);
  const reader = transform.readable.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    size += value.byteLength;
  }
  return concatBytes(chunks, size);
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(s: string): Uint8Array {
  const binary = atob(
    s
      .replace(/-/g, '+')
      .replace(/_/g, '/')
      .padEnd(Math.ceil(s.length / 4) * 4, '='),
  );
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}
