import { concatBytes } from '../diagnose/bytes';
import { diagnoseRequestSchema } from '../diagnose/diagnosis-schema';
import { ProblemError } from './problem';

/** `POST /api/diagnose` and `/api/session` JSON body: `{"input": "..."}` (one schema for both). */
export const textInputSchema = diagnoseRequestSchema;

export interface TextInputLimits {
  /** the most bytes of text accepted */
  maxBytes: number;
  /** what the 413 says, e.g. "The input is limited to 5 MB." */
  limitText: string;
  /** what the 400 for an empty input asks for */
  emptyText: string;
  /** accept a JSON document that is not `{"input"}` as the input itself (a HAR file posted as is) */
  rawJson?: (parsed: unknown) => boolean;
}

/**
 * The text a route works on: a text/plain body, or JSON `{"input": "..."}`. Reads the body
 * as a stream and stops with 413 as soon as it passes the limit instead of buffering it all;
 * every failure is a problem+json error with a stable code.
 */
export async function readTextInput(request: Request, limits: TextInputLimits): Promise<string> {
  const tooLarge = () => new ProblemError(413, 'input_too_large', 'Input too large', limits.limitText);
  const isJson = /\bjson\b/i.test(request.headers.get('content-type') ?? '');
  // JSON escaping can make an input of the limit a bigger body; the input itself is checked after parsing.
  const limit = isJson ? limits.maxBytes * 2 : limits.maxBytes;
  if (Number(request.headers.get('content-length') ?? 0) > limit) throw tooLarge();
  const raw = await readText(request, limit, tooLarge);
  let input = raw;
  if (isJson) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(raw);
    } catch {
      throw invalid(
        'The body is not valid JSON. Send {"input": "..."} as application/json, or the text itself as text/plain.',
      );
    }
    const result = textInputSchema.safeParse(parsed);
    if (result.success) input = result.data.input;
    else if (!limits.rawJson?.(parsed)) throw invalid('Expected a JSON object {"input": string}.');
  }
  if (input.trim() === '') throw new ProblemError(400, 'input_empty', 'Empty input', limits.emptyText);
  if (input.length > limits.maxBytes) throw tooLarge();
  return input;
}

const invalid = (detail: string) => new ProblemError(400, 'invalid_request', 'Invalid request', detail);

async function readText(request: Request, limit: number, tooLarge: () => ProblemError): Promise<string> {
  if (!request.body) return '';
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      throw tooLarge();
    }
    chunks.push(value);
  }
  return new TextDecoder().decode(concatBytes(chunks, size));
}
