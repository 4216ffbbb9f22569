import type { CurlArg } from './curl-args';
import { cookiesFor, parseCookieFile, withCookie, type FileCookie } from './cookie-file';
import { formBody, targetUrl } from './curl-target';
import { formPart, readOptional, urlencodeArg, type FileRef, type FormPart, type ReadFile } from './curl-data';
import { AUTH_SCHEMES, b64, NO_EFFECT, timeCondition, withUrlCredentials } from './curl-rules';
import type { ImportedRequest } from './import-types';

interface Piece {
  text: string;
  json: boolean;
}

/** One curl "operation" (the options up to `--next`): what it sends to each of its URLs. */
export class Operation {
  urls: string[] = [];
  method: string | null = null;
  custom: [string, string][] = [];
  removed = new Set<string>();
  derived: [string, string][] = [];
  cookies: string[] = [];
  /** Cookies read from `-b file`; which are sent depends on each URL. */
  cookieFile: FileCookie[] = [];
  data: Piece[] = [];
  form: FormPart[] = [];
  get = false;
  head = false;
  /** -T files; each goes to the URL at the same position. */
  uploads: string[] = [];
  user: string | null = null;
  auth = 'basic';
  glob = true;
  urlQuery: string[] = [];
  notes: string[] = [];
  /** Bodies read from -T files, by position. */
  uploadBodies: (string | null)[] = [];

  constructor(
    private readonly readFile?: ReadFile,
    private readonly ref: FileRef = (path) => path,
  ) {}

  header(raw: string, written: string) {
    if (raw.startsWith('@')) {
      const content = readOptional(raw.slice(1), this.readFile);
      if (content === null) return this.notes.push(`${written} ${raw}: header files cannot be read here.`);
      for (const line of content.split(/\r?\n/)) if (line.trim()) this.header(line, written);
      return;
    }
    const colon = raw.indexOf(':');
    const semi = raw.indexOf(';');
    if (colon > 0 && (semi < 0 || colon < semi)) {
      const name = raw.slice(0, colon).trim();
      const value = raw.slice(colon + 1).trim();
      if (value) this.custom.push([name, value]);
      else this.removed.add(name.toLowerCase()); // `-H 'Accept:'` removes curl's own header
    } else if (semi > 0 && raw.slice(semi + 1).trim() === '') this.custom.push([raw.slice(0, semi).trim(), '']);
    else this.notes.push(`${written} ${raw}: not a header (no colon); curl ignores it too.`);
  }

  apply(a: Extract<CurlArg, { kind: 'option' }>) {
    const v = a.value ?? '';
    switch (a.name) {
      case 'url':
        return this.urls.push(v);
      case 'request':
        return (this.method = v);
      case 'header':
        return this.header(v, a.written);
      case 'data':
      case 'data-ascii':
      case 'data-binary':
      case 'json':
        if (a.name === 'json') this.setJson();
        if (!v.startsWith('@')) return this.data.push({ text: v, json: a.name === 'json' });
        {
          const content = readOptional(v.slice(1), this.readFile);
          if (content === null) {
            // The request keeps its shape; the body keeps the file's reference, for the user to replace.
            const kept = `@${this.ref(v.slice(1))}`;
            this.notes.push(
              `${a.written} ${v}: the file cannot be read here; "${kept}" was kept in the body in its place — paste the file's content instead.`,
            );
            return this.data.push({ text: kept, json: a.name === 'json' });
          }
          // -d/--data/--data-ascii strip newlines from files (only from files); the others send them as is.
          const text = a.name === 'data' || a.name === 'data-ascii' ? content.replace(/[\r\n]/g, '') : content;
          return this.data.push({ text, json: a.name === 'json' });
        }
      case 'data-raw':
        return this.data.push({ text: v, json: false });
      case 'data-urlencode': {
        return this.data.push({ text: urlencodeArg(a.written, v, this.notes, this.readFile, this.ref), json: false });
      }
      case 'url-query': {
        return this.urlQuery.push(
          v.startsWith('+') ? v.slice(1) : urlencodeArg(a.written, v, this.notes, this.readFile, this.ref),
        );
      }
      case 'form':
      case 'form-string': {
        const part = formPart(a.written, v, a.name === 'form-string', this.notes, this.readFile);
        return part && this.form.push(part);
      }
      case 'get':
        return (this.get = !a.negated);
      case 'head':
        return (this.head = !a.negated);
      case 'range':
        // curl appends the dash a bare number lacks.
        return this.derived.push(['Range', `bytes=${/^\d+$/.test(v) ? `${v}-` : v}`]);
      case 'continue-at':
        // `-C -` takes the offset from the output file, which is not here.
        if (/^\d+$/.test(v)) return this.derived.push(['Range', `bytes=${v}-`]);
        break;
      case 'time-cond': {
        const header = timeCondition(v);
        if (header) return this.derived.push(header);
        break;
      }
      case 'aws-sigv4':
        // -u holds the AWS keys then: the request is signed, never sent as Basic.
        this.auth = 'aws-sigv4';
        return this.notes.push(
          `${a.written} ${v}: the playground cannot sign requests, so it was imported unsigned (the -u keys are not sent).`,
        );
      case 'upload-file': {
        this.uploads.push(v);
        const content = readOptional(v, this.readFile);
        this.uploadBodies.push(content);
        if (content === null)
          this.notes.push(`${a.written} ${v}: the file cannot be read here; the body was left empty.`);
        return;
      }
      case 'user':
        return (this.user = v);
      case 'basic':
        return (this.auth = 'basic');
      case 'oauth2-bearer':
        return this.derived.push(['Authorization', `Bearer ${v}`]);
      case 'cookie': {
        if (v.includes('=')) return this.cookies.push(v);
        const file = readOptional(v, this.readFile);
        if (file !== null) return this.cookieFile.push(...parseCookieFile(file));
        return this.notes.push(`${a.written} ${v}: cookie files cannot be read here.`);
      }
      case 'user-agent':
        return this.derived.push(['User-Agent', v]);
      case 'referer':
        return this.derived.push(['Referer', v.replace(/;auto$/, '')]);
      case 'compressed':
        return this.derived.push(['Accept-Encoding', 'deflate, gzip, br, zstd']);
      case 'globoff':
        return (this.glob = a.negated);
      case 'insecure':
        return this.notes.push(
          '-k/--insecure is not honoured: the probe always verifies TLS certificates, so a certificate problem shows up as a diagnosis.',
        );
      case 'location':
      case 'location-trusted':
      case 'max-time':
        return; // read by the playground's draft conversion
    }
    if (AUTH_SCHEMES.has(a.name)) return (this.auth = a.name);
    if (NO_EFFECT.has(a.name)) return;
    this.notes.push(
      `${a.written}${a.value !== null ? ` ${a.value}` : ''}: not supported by the playground; it was ignored.`,
    );
  }

  private setJson() {
    this.derived.push(['Content-Type', 'application/json'], ['Accept', 'application/json']);
  }

  /** The requests this operation sends: one per URL. */
  requests(): ImportedRequest[] {
    const joined = this.data.reduce((acc, p, i) => {
      const prev = this.data[i - 1];
      return i === 0 ? p.text : `${acc}${prev?.json && p.json ? '' : '&'}${p.text}`;
    }, '');
    const hasData = this.data.length > 0;
    if (hasData && this.form.length)
      this.notes.push('-d and -F cannot be combined (curl refuses); the -d data was used.');
    const headers: [string, string][] = [...this.custom];
    const has = (name: string) =>
      this.removed.has(name.toLowerCase()) || headers.some(([n]) => n.toLowerCase() === name.toLowerCase());
    const add = (name: string, value: string) => !has(name) && headers.push([name, value]);
    // The Cookie header is set per URL below (cookie-file entries depend on it); a -H Cookie wins.
    const ownCookie = has('Cookie');
    for (const [n, val] of this.derived) if (!has(n)) headers.push([n, val]);
    if (this.user !== null && this.auth === 'basic') {
      if (!this.user.includes(':'))
        this.notes.push('-u without a password: curl would prompt for one; an empty password was used.');
      add('Authorization', `Basic ${b64(this.user.includes(':') ? this.user : `${this.user}:`)}`);
    } else if (this.user !== null && this.auth !== 'aws-sigv4')
      this.notes.push(
        `--${this.auth}: the playground cannot do ${this.auth} authentication (it needs the server's challenge), so no Authorization header was sent for the -u user.`,
      );

    let body: string | null = null;
    if (hasData && !this.get) {
      body = joined;
      add('Content-Type', 'application/x-www-form-urlencoded');
    } else if (this.form.length && !this.get) {
      body = formBody(this.form, headers, add);
    }
    const query = [...this.urlQuery, ...(this.get && hasData ? [joined] : [])].join('&');
    return this.urls.map((raw, index) => {
      const notes = [...this.notes];
      const upload = this.uploads[index];
      const url = targetUrl(raw, { glob: this.glob, upload, query }, notes);
      const implied = this.head ? 'HEAD' : upload !== undefined ? 'PUT' : body !== null ? 'POST' : 'GET';
      // With -d as well, curl PUTs the -d data to the -T URL (the file is not sent).
      if (upload !== undefined && hasData)
        notes.push(`-T ${upload}: -d data was given too, so curl sends that data, not the file.`);
      // curl sends the cookie file's matching cookies first, then the -b strings, in one header.
      const cookies = [...cookiesFor(this.cookieFile, url), ...this.cookies];
      const req = {
        method: this.method ?? implied,
        url,
        headers:
          !ownCookie && cookies.length ? withCookie(headers, cookies.join('; '), this.custom.length) : [...headers],
        body: upload !== undefined && !hasData ? (this.uploadBodies[index] ?? '') : body,
        notes,
      };
      return withUrlCredentials(req, this.user !== null);
    });
  }
}
