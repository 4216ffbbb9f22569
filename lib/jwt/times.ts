import { formatDuration } from '../diagnose/token';

/** "3 h ago" / "in 5 min": a moment relative to another, in seconds. */
export function relative(at: number, now: number): string {
  const d = at - now;
  if (Math.abs(d) < 1) return 'now';
  return d < 0 ? `${formatDuration(d)} ago` : `in ${formatDuration(d)}`;
}

/** A NumericDate claim as ISO time, or null when it is not a finite number. */
export function isoTime(seconds: unknown): string | null {
  if (typeof seconds !== 'number' || !Number.isFinite(seconds)) return null;
  const ms = seconds * 1000;
  return Math.abs(ms) <= 8.64e15 ? new Date(ms).toISOString().replace('.000Z', 'Z') : null;
}

/**
 * The server's time from a pasted response (its `Date:` header) or a bare HTTP date, in seconds.
 * Null when there is none: then times are judged against this computer's clock only.
 */
export function responseDate(text: string): number | null {
  const trimmed = text.trim();
  if (!trimmed) return null;
  const header = /^date:[ \t]*(.+)$/im.exec(trimmed.slice(0, 256 * 1024))?.[1];
  const ms = Date.parse((header ?? (trimmed.includes('\n') ? '' : trimmed)).trim());
  return Number.isFinite(ms) ? Math.floor(ms / 1000) : null;
}
