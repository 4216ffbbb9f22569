import { makeSnapshot } from '../header-lines';
import type { HttpSnapshot } from '../types';
import { isTransportCode, kindOf, resolveSignatures, type CompiledSignatures } from './signatures';

const JWT = /^(?:(?:Authorization:\s*)?Bearer\s+)?(eyJ[\w-]{2,}\.eyJ[\w-]{2,}\.[\w-]*)$/i;
const STATUS = /^(?:HTTP(?:\/[\d.]+)?\s+|(?:error|status|code)\s*:?\s*)?([1-5]\d{2})(?:\s+([A-Za-z][\w \-']{1,40}))?$/i;
const CODE = /^[\w.:\-/]{2,100}$/;

/** A bare status (`429`, `HTTP 401 Unauthorized`), a bare JWT, or a bare code (`invalid_grant`, `ECONNRESET`). */
export function parseBare(text: string, sig?: CompiledSignatures): HttpSnapshot | null {
  const table = resolveSignatures(sig);
  if (text.length > 2000 || text.includes('\n')) return null;
  const line = text.trim().replace(/^["'`]+|["'`]+$/g, '');
  const jwt = JWT.exec(line);
  if (jwt) return makeSnapshot({ source: 'token', bareCode: jwt[1] ?? null });
  const status = STATUS.exec(line);
  if (status) return makeSnapshot({ source: 'code', status: Number(status[1]), statusText: status[2]?.trim() ?? null });
  if (!CODE.test(line) || /^https?:/i.test(line)) return null;
  const code = /^curl[ _:]*\(?(\d{1,3})\)?$/i.exec(line) ? `curl_${/\d+/.exec(line)?.[0]}` : line.replace(/^net::/, '');
  const snap = makeSnapshot({ source: 'code', bareCode: code });
  if (isTransportCode(table, code)) snap.error = { kind: kindOf(table, code, code), code, message: code };
  return snap;
}
