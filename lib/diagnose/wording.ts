/**
 * How evidence reads to a person: times as "3 years ago (2023-10-12)", and what a body
 * rule saw as a quote of the text, never the rule's own regex.
 */
import { formatDuration } from './token';

const DAY = 86_400;

/**
 * "5 min ago (2026-11-22 11:55 UTC)", "3 years ago (2023-10-12)": a past moment, relative
 * and absolute; against a response's Date it reads "3 h 12 min before the response (…)".
 */
export function agoPhrase(secondsAgo: number, atEpochSeconds: number, against: 'now' | 'the response' = 'now'): string {
  const s = Math.abs(secondsAgo);
  const date =
    Number.isFinite(atEpochSeconds) && Math.abs(atEpochSeconds) < 1e11 ? new Date(atEpochSeconds * 1000) : null;
  const day = date ? date.toISOString().slice(0, 10) : null;
  let rel: string;
  if (s < DAY) rel = formatDuration(s);
  else if (s < 60 * DAY) rel = plural(Math.round(s / DAY), 'day');
  else if (s < 730 * DAY) rel = plural(Math.round(s / (30.44 * DAY)), 'month');
  else rel = plural(Math.floor(s / (365.25 * DAY)), 'year');
  const when = !date ? '' : s < 2 * DAY ? ` (${day} ${date.toISOString().slice(11, 16)} UTC)` : ` (${day})`;
  const side =
    against === 'now'
      ? secondsAgo >= 0
        ? 'ago'
        : 'from now'
      : secondsAgo >= 0
        ? 'before the response'
        : 'after the response';
  return `${rel} ${side}${when}`;
}

const plural = (n: number, unit: string) => `${n} ${unit}${n === 1 ? '' : 's'}`;

/** What a body rule saw, as a short quote: `says "connection closed before the response"`. */
export function describeHit(re: RegExp | undefined, text: string): string {
  const m = re ? re.exec(text) : null;
  const seen = m?.[0]?.replace(/\s+/g, ' ').trim();
  if (!seen) return 'matches a known error text';
  return `says "${seen.length > 80 ? `${seen.slice(0, 77)}…` : seen}"`;
}
