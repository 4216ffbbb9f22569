import { asMethod, draftHeader, emptyDraft, setHeader, type ImportResult } from './draft';
import { shellWords } from './shell-words';

/** Options that take an argument and are ignored (they do not change what is sent). */
const IGNORED_WITH_ARG = new Set([
  '-o',
  '--output',
  '-w',
  '--write-out',
  '--retry',
  '--retry-delay',
  '--retry-max-time',
  '--connect-timeout',
  '-D',
  '--dump-header',
  '--limit-rate',
  '-r',
  '--range',
  '--max-redirs',
  '-c',
  '--cookie-jar',
  '--resolve',
  '--interface',
]);
/** Options that take an argument the probe cannot honour: reported. */
const UNSUPPORTED_WITH_ARG: Record<string, string> = {
  '-x': 'a proxy',
  '--proxy': 'a proxy',
  '--cacert': 'a custom CA file',
  '--cert': 'a client certificate',
  '-E': 'a client certificate',
  '--key': 'a client key',
  '-F': 'multipart form fields',
  '--form': 'multipart form fields',
  '-T': 'an upload file',
  '--upload-file': 'an upload file',
};
const TAKES_ARG = new Set([
  '-X',
  '--request',
  '-H',
  '--header',
  '-d',
  '--data',
  '--data-ascii',
  '--data-raw',
  '--data-binary',
  '--data-urlencode',
  '--json',
  '-u',
  '--user',
  '-A',
  '--user-agent',
  '-e',
  '--referer',
  '-b',
  '--cookie',
  '--url',
  '-m',
  '--max-time',
  ...IGNORED_WITH_ARG,
  ...Object.keys(UNSUPPORTED_WITH_ARG),
]);
const SHORT_WITH_ARG = new Set([...TAKES_ARG].filter((o) => /^-[a-zA-Z]$/.test(o)).map((o) => o[1]!));

const b64 = (text: string) => btoa(String.fromCharCode(...new TextEncoder().encode(text)));

/** Expand `-sSLXPOST` into `-s -S -L -X POST`, and `-H'x: y'` into `-H 'x: y'`. */
function expand(words: string[]): string[] {
  const out: string[] = [];
  for (const w of words) {
    if (!/^-[a-zA-Z#]./.test(w) || w.startsWith('--')) {
      out.push(w);
      continue;
    }
    for (let i = 1; i < w.length; i++) {
      const flag = w[i]!;
      out.push(`-${flag}`);
      if (SHORT_WITH_ARG.has(flag)) {
        if (i + 1 < w.length) out.push(w.slice(i + 1));
        break;
      }
    }
  }
  return out;
}

/** `--data-urlencode` forms: `content`, `=content`, `name=content` (files `@`/`name@file` are not readable here). */
function urlencodeArg(arg: string, notes: string[]): string {
  const eq = arg.indexOf('=');
  if (/^[^=]*@/.test(arg) && (eq < 0 || arg.indexOf('@') < eq)) {
    notes.push(`--data-urlencode ${arg}: files cannot be read here; paste the content instead.`);
    return '';
  }
  if (eq < 0) return encodeURIComponent(arg);
  return eq === 0 ? encodeURIComponent(arg.slice(1)) : `${arg.slice(0, eq)}=${encodeURIComponent(arg.slice(eq + 1))}`;
}

/**
 * Parse a pasted curl command (bash or cmd continuation lines, Chrome/Firefox "Copy as
 * cURL") into a request draft. Understands -X, -H, -d/--data/--data-raw/--data-binary/
 * --data-urlencode, --json, -u, -I, -L, -G, -A, -e, -b, -m, --compressed; reports -k and
 * options it cannot honour instead of silently dropping them.
 */
export function parseCurl(command: string): ImportResult {
  const notes: string[] = [];
  const draft = emptyDraft();
  const words = expand(shellWords(command.trim().replace(/^\$\s+/, '')));
  if (words[0] !== 'curl' && words[0] !== 'curl.exe')
    throw new Error('Not a curl command: it should start with "curl".');
  let method: string | null = null;
  let head = false;
  let get = false;
  const data: string[] = [];
  let json = false;
  for (let i = 1; i < words.length; i++) {
    const w = words[i]!;
    const arg = () => {
      const v = words[++i];
      if (v === undefined) throw new Error(`${w} needs a value.`);
      return v;
    };
    if (!w.startsWith('-') || w === '-') {
      if (draft.url) notes.push(`Only the first URL is used; ignored ${w}.`);
      else draft.url = w;
      continue;
    }
    switch (w) {
      case '-X':
      case '--request':
        method = arg();
        break;
      case '-H':
      case '--header': {
        const h = arg();
        const colon = h.indexOf(':');
        const semi = h.indexOf(';');
        if (colon > 0) {
          const value = h.slice(colon + 1).trim();
          if (value) draft.headers.push([h.slice(0, colon).trim(), value]);
        } else if (semi > 0 && semi === h.length - 1) draft.headers.push([h.slice(0, semi).trim(), '']);
        else notes.push(`Ignored header without a colon: ${h}`);
        break;
      }
      case '-d':
      case '--data':
      case '--data-ascii':
      case '--data-binary':
      case '--data-raw': {
        const v = arg();
        if (w !== '--data-raw' && v.startsWith('@'))
          notes.push(`${w} ${v}: files cannot be read here; paste the body instead.`);
        else data.push(w === '--data-binary' || w === '--data-raw' ? v : v.replace(/\r?\n/g, ''));
        break;
      }
      case '--data-urlencode':
        data.push(urlencodeArg(arg(), notes));
        break;
      case '--json':
        data.push(arg());
        json = true;
        break;
      case '-u':
      case '--user': {
        const cred = arg();
        draft.headers.push(['Authorization', `Basic ${b64(cred.includes(':') ? cred : `${cred}:`)}`]);
        if (!cred.includes(':'))
          notes.push('-u without a password: curl would prompt for one; an empty password was used.');
        break;
      }
      case '-A':
      case '--user-agent':
        draft.headers.push(['User-Agent', arg()]);
        break;
      case '-e':
      case '--referer':
        draft.headers.push(['Referer', arg()]);
        break;
      case '-b':
      case '--cookie': {
        const c = arg();
        if (c.includes('=')) draft.headers.push(['Cookie', c]);
        else notes.push(`-b ${c}: cookie files cannot be read here.`);
        break;
      }
      case '--url':
        draft.url = arg();
        break;
      case '-m':
      case '--max-time':
        draft.timeoutMs = Math.min(30_000, Math.round(Number(arg()) * 1000)) || null;
        break;
      case '-I':
      case '--head':
        head = true;
        break;
      case '-G':
      case '--get':
        get = true;
        break;
      case '-L':
      case '--location':
      case '--location-trusted':
        draft.followRedirects = true;
        break;
      case '--compressed':
        if (!draftHeader(draft, 'accept-encoding')) draft.headers.push(['Accept-Encoding', 'gzip, deflate, br']);
        break;
      case '-k':
      case '--insecure':
        notes.push(
          '-k/--insecure is not honoured: the probe always verifies TLS certificates, so a certificate problem shows up as a diagnosis.',
        );
        break;
      default:
        if (w in UNSUPPORTED_WITH_ARG)
          notes.push(`${w} (${UNSUPPORTED_WITH_ARG[w]}) is not supported by the playground and was ignored.`);
        if (TAKES_ARG.has(w)) i++;
    }
  }
  if (!draft.url) throw new Error('No URL found in the curl command.');
  if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(draft.url)) draft.url = `http://${draft.url}`; // curl's default scheme

  const body = data.join('&');
  if (get && data.length > 0) {
    draft.url += (draft.url.includes('?') ? '&' : '?') + body;
  } else if (data.length > 0) {
    draft.body = body;
    if (json) {
      if (!draftHeader(draft, 'content-type')) draft.headers.push(['Content-Type', 'application/json']);
      if (!draftHeader(draft, 'accept')) draft.headers.push(['Accept', 'application/json']);
    } else if (!draftHeader(draft, 'content-type'))
      draft.headers.push(['Content-Type', 'application/x-www-form-urlencoded']);
  }
  const implied = head ? 'HEAD' : data.length > 0 && !get ? 'POST' : 'GET';
  const chosen = method ?? implied;
  const m = asMethod(chosen);
  if (!m) notes.push(`Method ${chosen} is not supported by the playground; using ${implied}.`);
  draft.method = m ?? asMethod(implied) ?? 'GET';
  draft.headers = setHeader(draft.headers, 'content-length', null); // recomputed when sending
  return { draft, notes };
}
