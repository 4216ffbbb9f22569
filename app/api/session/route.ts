import { withProblems } from '@/lib/api/problem';
import { readTextInput } from '@/lib/api/text-input';
import { getRuleSet } from '@/lib/content/rules-generated';
import { getSessionPatterns } from '@/lib/content/session-patterns';
import { analyseSession } from '@/lib/session/analyse';

/** A whole session (a HAR file or a log) is bigger than one paste; 20 MB keeps one request bounded. */
const MAX_SESSION_BYTES = 20 * 1024 * 1024;

/** POST a HAR file or log lines (text/plain or {"input": "..."}) → exchanges, groups and patterns. */
export const POST = withProblems(async (request: Request) => {
  const input = await readTextInput(request, {
    maxBytes: MAX_SESSION_BYTES,
    limitText: 'A session is limited to 20 MB; analyse a larger HAR file in the browser at /diagnose.',
    emptyText: 'Send a HAR file or the lines of a log to analyse.',
    // A HAR file may be posted as it is, as application/json.
    rawJson: (parsed) => typeof parsed === 'object' && parsed !== null && ('log' in parsed || 'har' in parsed),
  });
  return Response.json(analyseSession(input, getRuleSet(), getSessionPatterns()), {
    headers: { 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' },
  });
});
