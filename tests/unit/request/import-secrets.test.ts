import { describe, expect, test } from 'vitest';
import { parseCurl } from '@/lib/request/curl-import';
import { parseHar } from '@/lib/request/har-import';
import { readShareFragment, safeDraft, shareFragment } from '@/lib/request/safe-draft';

const SECRETS = ['s3cret-pw', 'tok_live_123', 'sid-999'];

describe('imported credentials are kept for sending, never in history or share links', () => {
  test.each([
    [
      'curl',
      () =>
        parseCurl(
          "curl -u alice:s3cret-pw -H 'Authorization: Bearer tok_live_123' -b 'sid=sid-999' https://api.example.com/v1/me",
        ),
    ],
    [
      'HAR',
      () =>
        parseHar(
          JSON.stringify({
            log: {
              entries: [
                {
                  request: {
                    method: 'GET',
                    url: 'https://api.example.com/v1/me?api_key=tok_live_123',
                    headers: [{ name: 'X-Password', value: 's3cret-pw' }],
                    cookies: [{ name: 'sid', value: 'sid-999' }],
                  },
                  response: { status: 401 },
                },
              ],
            },
          }),
        ),
    ],
  ])('%s', (_, run) => {
    const { draft } = run();
    const sent = JSON.stringify(draft);
    expect(SECRETS.some((s) => sent.includes(s) || sent.includes(btoa(`alice:${s}`)))).toBe(true);
    const stored = JSON.stringify(safeDraft(draft));
    const shared = JSON.stringify(readShareFragment(shareFragment(draft)));
    for (const s of SECRETS) {
      expect(stored).not.toContain(s);
      expect(shared).not.toContain(s);
    }
    expect(stored).not.toContain(btoa('alice:s3cret-pw'));
  });
});
