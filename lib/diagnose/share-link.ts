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
/**
 * A link decodes to at most this much text. Deflate shrinks repeated text ~1000×, so a short
 * crafted link could otherwise expand to gigabytes and freeze the visitor's tab.
 */
export const MAX_SHARE_DECODED_BYTES = 2 * 1024 * 1024;

export async function encodeShare(text: string): Promise<string> {
  const bytes = await pipe(new TextEncoder().encode(text), new CompressionStream('deflate-raw'), Infinity);
  return SHARE_PREFIX + toBase64Url(bytes!);
}

/** The text in a share fragment, or null when the fragment is not one or is damaged. */
export async function decodeShare(fragment: string): Promise<string | null> {
  if (!fragment.startsWith(SHARE_PREFIX)) return null;
  // Links the portal makes are at most MAX_SHARE_CHARS; allow some slack for hand-made ones, no more.
  if (fragment.length > 4 * MAX_SHARE_CHARS) return null;
  try {
    const bytes = await pipe(
      fromBase64Url(fragment.slice(SHARE_PREFIX.length)),
      new DecompressionStream('deflate-raw'),
      MAX_SHARE_DECODED_BYTES,
    );
    return bytes ? new TextDecoder().decode(bytes) : null;
  } catch {
    return null;
  }
}

/**
 * Runs `input` through the stream; null (and both sides cancelled) once the output passes
 * `maxBytes`. The input goes in small slices, each awaited, so a bomb cannot expand all at
 * once before the size check runs: work stays within the cap plus one slice's expansion.
 */
async function pipe(
  input: Uint8Array,
  transform: CompressionStream | DecompressionStream,
  maxBytes: number,
): Promise<Uint8Array | null> {
  const SLICE = Number.isFinite(maxBytes) ? 1024 : input.length || 1;
  const writer = transform.writable.getWriter();
  let stop = false;
  const feed = (async () => {
    for (let i = 0; i < input.length && !stop; i += SLICE) {
      await writer.ready;
      await writer.write(input.subarray(i, i + SLICE) as Uint8Array<ArrayBuffer>);
    }
    if (!stop) await writer.close();
  })().catch(() => undefined);
  const reader = transform.readable.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > maxBytes) {
        stop = true;
        await reader.cancel().catch(() => undefined);
        await writer.abort().catch(() => undefined);
        return null;
      }
      chunks.push(value);
    }
  } finally {
    await feed;
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
