import 'server-only';
import zlib from 'node:zlib';
import type { Transform } from 'node:stream';

/** The decoded body as far as it was read. */
export interface CollectedBody {
  bytes: Buffer;
  /** Cut at the size cap. */
  truncated: boolean;
  warnings: string[];
}

export interface BodyHooks {
  /** The cap was reached: stop the download. */
  onLimit: () => void;
  /** Backpressure from the decoder. */
  pause: () => void;
  resume: () => void;
}

export interface BodyCollector {
  write: (chunk: Buffer) => void;
  /** The download ended (normally or not): flush the decoders and return what was decoded. */
  end: () => Promise<CollectedBody>;
}

const MAX_CODINGS = 2;
// Flush whatever a cut-off stream decodes to instead of failing on the missing trailer, as curl does.
const LENIENT = { finishFlush: zlib.constants.Z_SYNC_FLUSH };

function decoderFor(coding: string, firstByte: number): Transform | null {
  if (coding === 'gzip' || coding === 'x-gzip') return zlib.createGunzip(LENIENT);
  // "deflate" is meant to be zlib-wrapped, but some servers send raw deflate; the low nibble tells them apart.
  if (coding === 'deflate')
    return (firstByte & 0x0f) === 8 ? zlib.createInflate(LENIENT) : zlib.createInflateRaw(LENIENT);
  if (coding === 'br') return zlib.createBrotliDecompress({ finishFlush: zlib.constants.BROTLI_OPERATION_FLUSH });
  return null;
}

/** Content codings in the order they were applied, without `identity`. */
export function parseContentEncoding(value: string | undefined): string[] {
  return (value ?? '')
    .split(',')
    .map((c) => c.trim().toLowerCase())
    .filter((c) => c && c !== 'identity');
}

/**
 * Collects a response body, decoding up to two content codings and counting *decoded*
 * bytes against `maxBytes` — so a small gzip bomb stops at the cap, not in memory.
 */
export function createBodyCollector(
  contentEncoding: string | undefined,
  maxBytes: number,
  hooks: BodyHooks,
): BodyCollector {
  const codings = parseContentEncoding(contentEncoding);
  const warnings: string[] = [];
  const kept: Buffer[] = [];
  let size = 0;
  let truncated = false;
  const unsupported =
    codings.length > MAX_CODINGS || codings.some((c) => !['gzip', 'x-gzip', 'deflate', 'br'].includes(c));
  if (codings.length > 0 && unsupported)
    warnings.push(`Body returned as received: content-encoding "${codings.join(', ')}" is not decoded.`);

  const accept = (chunk: Buffer) => {
    if (truncated) return;
    const room = maxBytes - size;
    if (chunk.length >= room) {
      kept.push(chunk.subarray(0, room));
      size += room;
      truncated = chunk.length > room;
      if (truncated) hooks.onLimit();
      return;
    }
    kept.push(chunk);
    size += chunk.length;
  };
  const result = (): CollectedBody => ({ bytes: Buffer.concat(kept, size), truncated, warnings });

  if (codings.length === 0 || unsupported) {
    return { write: accept, end: async () => result() };
  }

  let chain: Transform[] | null = null;
  let done: Promise<void> = Promise.resolve();
  const build = (firstByte: number) => {
    // Decode the last-applied coding first.
    const built: Transform[] = [];
    for (const coding of [...codings].reverse()) built.push(decoderFor(coding, built.length === 0 ? firstByte : 0x78)!);
    for (let i = 0; i + 1 < built.length; i++) built[i]!.pipe(built[i + 1]!);
    const last = built[built.length - 1]!;
    done = new Promise<void>((resolve) => {
      last.on('data', (c: Buffer) => {
        accept(c);
        if (truncated) {
          built.forEach((d) => d.destroy());
          resolve();
        }
      });
      last.once('end', resolve);
      last.once('close', resolve);
      for (const d of built) {
        d.once('error', (e: NodeJS.ErrnoException) => {
          if (!truncated)
            warnings.push(`Body could not be fully decoded (${e.code ?? e.name}); showing what was decoded.`);
          built.forEach((x) => x.destroy());
          resolve();
        });
      }
    });
    built[0]!.on('drain', hooks.resume);
    return built;
  };

  return {
    write(chunk) {
      if (truncated || chunk.length === 0) return;
      chain ??= build(chunk[0] ?? 0);
      if (!chain[0]!.write(chunk)) hooks.pause();
    },
    async end() {
      if (chain && !truncated && !chain[0]!.destroyed) chain[0]!.end();
      await done;
      return result();
    },
  };
}
