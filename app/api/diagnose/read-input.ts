import { ProblemError } from '@/lib/api/problem';
import { MAX_INPUT_CHARS } from '@/lib/diagnose';
import { concatBytes } from '@/lib/diagnose/bytes';
import { diagnoseRequestSchema } from '@/lib/diagnose/diagnosis-schema';

const MAX_BYTES = 5 * 1024 * 1024;
// JSON escaping can make a 5 MB input a bigger body; the input itself is checked after parsing.
const MAX_JSON_BYTES = MAX_BYTES * 2;

const tooLarge = () => new ProblemError(413, 'input_too_large', 'Input too large', 'The input is limited to 5 MB.');
const invalid = (detail: string) => new ProblemError(400, 'invalid_request', 'Invalid request', detail);

/** The text to diagnose: a text/plain body, or JSON `{"input": "..."}`. Throws problem errors for the route. */
export async function readDiagnoseInput(request: Request): Promise<string> {
  const isJson = /\bjson\b/i.test(request.headers.get('content-type') ?? '');
  const limit = isJson ? MAX_JSON_BYTES : MAX_BYTES;
  if (Number(request.headers.get('content-length') ?? 0) > limit) throw tooLarge();
  const raw = await readText(request, limit);
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
    const result = diagnoseRequestSchema.safeParse(parsed);
    if (!result.success) throw invalid('Expected a JSON object {"input": string}.');
    input = result.data.input;
  }
  if (input.trim() === '')
    throw new ProblemError(
      400,
      'input_empty',
      'Empty input',
      'Paste a response, an error message or a code to diagnose.',
    );
  if (input.length > MAX_INPUT_CHARS) throw tooLarge();
  return input;
}

/** Reads the body as UTF-8, stopping (413) as soon as it passes the limit instead of buffering it all. */
async function readText(request: Request, limit: number): Promise<string> {
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
