import { asMethod, emptyDraft, type ImportResult } from './draft';

interface HarHeader {
  name?: unknown;
  value?: unknown;
}
interface HarRequest {
  method?: unknown;
  url?: unknown;
  headers?: unknown;
  postData?: { text?: unknown; mimeType?: unknown; params?: unknown };
}

// Pseudo-headers (HTTP/2), and headers the probe computes itself.
const SKIP = /^(:|content-length$|host$|connection$|accept-encoding$)/i;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

/** The request of the first entry of a HAR log, a single entry, or a bare HAR request object. */
function findRequest(value: unknown): HarRequest | null {
  if (!isObject(value)) return null;
  const log = isObject(value.log) ? value.log : null;
  const entries = Array.isArray(log?.entries) ? log.entries : null;
  const entry: unknown = entries ? entries[0] : value;
  if (isObject(entry) && isObject(entry.request)) return entry.request;
  return typeof value.url === 'string' ? value : null;
}

/** Import a HAR entry (DevTools "Copy as HAR", or a whole .har log: its first entry). */
export function parseHar(text: string): ImportResult {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new Error('Not valid JSON: paste a HAR entry or a whole HAR file.');
  }
  const req = findRequest(value);
  if (!req || typeof req.url !== 'string')
    throw new Error('No request found in the HAR (expected log.entries[0].request).');
  const notes: string[] = [];
  const entries =
    isObject(value) && isObject(value.log) && Array.isArray(value.log.entries) ? value.log.entries.length : 1;
  if (entries > 1) notes.push(`The HAR holds ${entries} entries; the first one was imported.`);
  const draft = emptyDraft();
  draft.url = req.url;
  const method = typeof req.method === 'string' ? asMethod(req.method) : 'GET';
  if (!method) notes.push(`Method ${String(req.method)} is not supported; using GET.`);
  draft.method = method ?? 'GET';
  const headers = Array.isArray(req.headers) ? (req.headers as HarHeader[]) : [];
  for (const h of headers) {
    if (typeof h.name === 'string' && typeof h.value === 'string' && !SKIP.test(h.name))
      draft.headers.push([h.name, h.value]);
  }
  const post = req.postData;
  if (post && typeof post.text === 'string') draft.body = post.text;
  else if (post && Array.isArray(post.params)) {
    draft.body = new URLSearchParams(
      post.params.flatMap((p: unknown) =>
        isObject(p) && typeof p.name === 'string' ? [[p.name, typeof p.value === 'string' ? p.value : '']] : [],
      ),
    ).toString();
  }
  return { draft, notes };
}
