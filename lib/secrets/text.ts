import { isCookieHeader, isSecretField, isSecretHeader, isSecretParam, SECRET_HINT } from './names';
import { MARK, maskCookie, maskCredential, timingOnlyJwt } from './values';

/**
 * Removes secrets from free text (a paste, an error message, a summary): credential header
 * lines in every pasted format, secret query and form parameters, secret JSON members,
 * `curl -u user:pass`, passwords in URLs, bearer tokens, JWTs and well-known key formats.
 *
 * Every pattern is linear: names and separators are bounded, values are one greedy class
 * that cannot overlap what follows, and the name test runs in code, not in the regex.
 */

/** Longer text is cut before redaction: no output of the portal holds more, and time stays bounded. */
export const MAX_REDACT_CHARS = 2 * 1024 * 1024;

/** m[0] is the whole match, m[1…] the groups. */
type Match = (string | undefined)[];
interface Rule {
  re: RegExp;
  /** Substrings one of which the text must contain for the rule to run at all (a fast skip). */
  needs?: string[];
  /** The replacement, or null to leave the match as it is; `found` records what kind was hidden. */
  replace: (m: Match, found: (label: string) => void) => string | null;
}

const NAME_CHARS = String.raw`[A-Za-z0-9!#$%&*+.^_|~-]`;
/** A header-like name that contains a secret hint (checked by lookahead, so still bounded). */
const NAME = String.raw`(?=${NAME_CHARS}{0,100}?${SECRET_HINT})${NAME_CHARS}{1,100}`;
const QUOTED_NAME = String.raw`(?=[^"\
]{0,100}?${SECRET_HINT})[^"\
]{1,100}`;
/** JWTs decoded per text: past this many, the rest are replaced without decoding (crafted input). */
const MAX_JWT_DECODES = 256;
const title = (name: string) =>
  name.toLowerCase().replace(/(^|-)([a-z])/g, (_, dash: string, c: string) => dash + c.toUpperCase());

/** JSON members named like headers (`x-api-key`) are reported as headers, others as values. */
const fieldLabel = (name: string) =>
  /^[a-z]+(?:-[a-z]+)+$|^(?:authorization|cookie)$/i.test(name) ? `${title(name)} header` : `${name} value`;

function maskHeader(name: string, value: string): string {
  if (isCookieHeader(name)) return maskCookie(value, /^set-/i.test(name.trim()));
  return maskCredential(value);
}

const RULES: Rule[] = [
  // `Name: value`, `> Name: value`, `< Name: value`, `-H 'Name: value'`, `--header "Name: value"`
  {
    re: new RegExp(
      String.raw`(^|[\n'"]|-H\s{1,8}|--header\s{1,8})([<>] ?)?(${NAME})([ \t]{0,16}:[ \t]{0,16})([^\n'"]*)`,
      'gi',
    ),
    replace: (m, found) => {
      const name = m[3] ?? '';
      if (!isSecretHeader(name) || !(m[5] ?? '').trim()) return null;
      found(`${title(name)} header`);
      return `${m[1]}${m[2] ?? ''}${name}${m[4]}${maskHeader(name, m[5] ?? '')}`;
    },
  },
  // Devtools copies a header as a name line followed by a value line.
  {
    // The value line must hold something a name cannot (a digit, a space, punctuation).
    re: new RegExp(String.raw`(^|\n)(${NAME})(\r?\n)((?=[A-Za-z-]{0,8192}[^A-Za-z\n:-])[^\n:]{1,8192})(?=\n|$)`, 'gi'),
    replace: (m, found) => {
      const name = m[2] ?? '';
      if (!isSecretHeader(name) || /^[A-Za-z-]+$/.test(m[4] ?? '')) return null;
      found(`${title(name)} header`);
      return `${m[1]}${name}${m[3]}${maskHeader(name, m[4] ?? '')}`;
    },
  },
  // HAR {"name": "Authorization", "value": "..."}
  {
    re: new RegExp(
      String.raw`("name"\s{0,16}:\s{0,16}"(${QUOTED_NAME})"\s{0,16},\s{0,16}"value"\s{0,16}:\s{0,16}")((?:[^"\\]|\\.)*)"`,
      'gi',
    ),
    replace: (m, found) => {
      const name = m[2] ?? '';
      if (!isSecretHeader(name) && !isSecretParam(name)) return null;
      found(`${title(name)} header`);
      return `${m[1]}${maskHeader(name, m[3] ?? '')}"`;
    },
  },
  // JSON members {"access_token": "...", "clientSecret": "..."}
  {
    re: new RegExp(String.raw`"(${QUOTED_NAME})"(\s{0,16}:\s{0,16})"((?:[^"\\]|\\.)*)"`, 'gi'),
    replace: (m, found) => {
      const name = m[1] ?? '';
      if (!isSecretField(name) || !m[3]) return null;
      found(fieldLabel(name));
      return `"${name}"${m[2]}"${maskHeader(name, m[3])}"`;
    },
  },
  // The same, as JSON quoted inside a JSON string or a log line: {\"clientSecret\": \"...\"}
  {
    needs: ['\\"'],
    re: new RegExp(String.raw`\\"(${QUOTED_NAME})\\"(\s{0,16}:\s{0,16})\\"((?:[^"\\]|\\[^"])*)\\"`, 'gi'),
    replace: (m, found) => {
      const name = m[1] ?? '';
      if (!isSecretField(name) || !m[3]) return null;
      found(fieldLabel(name));
      return `\\"${name}\\"${m[2]}\\"${MARK}\\"`;
    },
  },
  // Query strings and form bodies (the first field too): `?api_key=…`, `&sig=…`, `client_secret=…`
  {
    needs: ['='],
    re: new RegExp(
      String.raw`(^|[?&;\s'"])((?=[A-Za-z0-9_.[\]-]{0,100}?${SECRET_HINT})[A-Za-z0-9_.[\]-]{1,100})=([^&#\s"'<>;]+)`,
      'gi',
    ),
    replace: (m, found) => {
      const name = m[2] ?? '';
      if (!isSecretParam(name) || m[3] === MARK) return null;
      found(`${name} in a query string`);
      return `${m[1]}${name}=${MARK}`;
    },
  },
  // curl -u user:password / --user user:password
  {
    needs: ['-u', '--user'],
    re: /((?:^|\s)(?:-u|--user)\s{1,8}['"]?)([^\s'":]{1,256}):([^\s'"]+)/g,
    replace: (m, found) => {
      found('password in curl -u');
      return `${m[1]}${m[2]}:${MARK}`;
    },
  },
  // scheme://user:password@host
  {
    needs: ['@'],
    re: /\b([a-z][a-z0-9+.-]{0,30}:\/\/)([^/\s:@'"]{1,256}):([^/\s@'"]{1,1024})@/gi,
    replace: (m, found) => {
      if (m[3] === MARK) return null;
      found('password in a URL');
      return `${m[1]}${m[2]}:${MARK}@`;
    },
  },
  // A bearer token anywhere (a log line, an exception message): a word with a digit or
  // punctuation in it, so prose like "Bearer authentication" stays.
  {
    needs: ['Bearer'],
    re: /\bBearer[ \t]{1,8}(?=[A-Za-z]*[\d\-._~+/])([A-Za-z0-9\-._~+/]{6,}=*)/g,
    replace: (m, found) => {
      const value = m[1] ?? '';
      if (value.startsWith('eyJ')) return null; // JWTs are reduced below
      found('Bearer credentials');
      return `Bearer ${MARK}`;
    },
  },
  // Basic credentials anywhere: base64 that decodes to `user:password`.
  {
    needs: ['Basic'],
    re: /\bBasic[ \t]{1,8}([A-Za-z0-9+/]{6,}={0,2})(?![A-Za-z0-9+/=])/g,
    replace: (m, found) => {
      if (!decodesToPair(m[1] ?? '')) return null;
      found('Basic credentials');
      return `Basic ${MARK}`;
    },
  },
  { re: /\b(?:sk|rk)_(?:live|test)_[0-9a-zA-Z]{10,}/g, replace: (_m, f) => (f('Stripe secret key'), MARK) },
  {
    re: /\b(?:gh[pousr]_[A-Za-z0-9]{20,}|github_pat_[A-Za-z0-9_]{20,})/g,
    replace: (_m, f) => (f('GitHub token'), MARK),
  },
  { re: /\bxox[abposr]-[A-Za-z0-9-]{10,}/g, replace: (_m, f) => (f('Slack token'), MARK) },
  { re: /\bsk-(?:proj-|ant-)?[A-Za-z0-9_-]{20,}/g, replace: (_m, f) => (f('API secret key (sk-…)'), MARK) },
  { re: /\bAKIA[0-9A-Z]{16}\b/g, replace: (_m, f) => (f('AWS access key id'), MARK) },
  { re: /\bAIza[0-9A-Za-z_-]{35}\b/g, replace: (_m, f) => (f('Google API key'), MARK) },
  {
    needs: ['eyJ'],
    re: /\beyJ[\w-]{5,}\.eyJ[\w-]{5,}\.[\w-]*/g,
    replace: (m, found) => {
      if (++jwtDecodes > MAX_JWT_DECODES) return (found('JWT'), MARK);
      const reduced = timingOnlyJwt(m[0] ?? '');
      if (reduced !== m[0]) found('JWT (signature and identifying claims removed; exp, nbf, iat kept)');
      return reduced;
    },
  },
];

let jwtDecodes = 0;

function decodesToPair(value: string): boolean {
  try {
    return atob(value).includes(':');
  } catch {
    return false;
  }
}

/** The text with secrets replaced, and what kinds were replaced (each once). */
export function redactText(input: string): { text: string; redactions: string[]; truncated: boolean } {
  const truncated = input.length > MAX_REDACT_CHARS;
  let out = truncated ? input.slice(0, MAX_REDACT_CHARS) : input;
  const kinds = new Set<string>();
  const found = (label: string) => kinds.add(label);
  jwtDecodes = 0;
  for (const rule of RULES) {
    if (rule.needs && !rule.needs.some((n) => out.includes(n))) continue;
    out = out.replace(rule.re, (...args: unknown[]) => {
      const m = args.slice(0, -2) as Match; // replace() passes the match, the groups, offset, input
      return rule.replace(m, found) ?? m[0] ?? '';
    });
  }
  return { text: out, redactions: [...kinds], truncated };
}

/** Just the redacted text: for short strings (error messages, summaries, log lines). */
export const scrub = (text: string): string => redactText(text).text;
