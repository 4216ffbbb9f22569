import { readTextInput } from '@/lib/api/text-input';
import { MAX_INPUT_CHARS } from '@/lib/diagnose';

/** The text to diagnose: a text/plain body, or JSON `{"input": "..."}`, at most 5 MB. */
export const readDiagnoseInput = (request: Request) =>
  readTextInput(request, {
    maxBytes: MAX_INPUT_CHARS,
    limitText: 'The input is limited to 5 MB.',
    emptyText: 'Paste a response, an error message or a code to diagnose.',
  });
