import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { loadRuleSetFromDisk } from '@/lib/content/rules-from-disk';
import { loadSessionPatternsFromDisk } from '@/lib/content/session-patterns-from-disk';
import { analyseSession } from '@/lib/session/analyse';
import { SessionAnalysis } from '@/lib/session/session-schema';
import { nockToHar } from './nock-recording';

/**
 * Session patterns on real material: browser and proxy HAR files, SDK test recordings and logs
 * from public repositories and issues (tests/fixtures/sessions/sources.yaml names the page of
 * each). Every expectation follows from what the material shows, explained beside it; a clean
 * session must show no pattern at all.
 */
const DIR = join(__dirname, '../../fixtures/sessions');
const rules = loadRuleSetFromDisk();
const patterns = loadSessionPatternsFromDisk();
const read = (file: string) => {
  const text = readFileSync(join(DIR, file), 'utf8');
  return file.startsWith('recordings/') ? nockToHar(JSON.parse(text) as unknown[]) : text;
};
const analyse = (file: string) => SessionAnalysis.parse(analyseSession(read(file), rules, patterns));
const found = (a: SessionAnalysis) =>
  a.patterns.map(({ kind, entries }) => ({ kind, entries })).sort((x, y) => x.entries[0]! - y.entries[0]!);

type Expected = { kind: SessionAnalysis['patterns'][number]['kind']; entries: number[] };
/** [file, exchanges read, the patterns a user should see (indices into the file's entries)] */
const cases: [file: string, exchanges: number, expected: Expected[]][] = [
  // Page loads saved by Firefox, Safari, Chrome and Charles: 200s and 304s, nothing wrong.
  ['har/mitmproxy-firefox.har', 14, []],
  ['har/mitmproxy-safari.har', 19, []],
  ['har/mitmproxy-charles.har', 1, []],
  // One request failed offline (ERR_INTERNET_DISCONNECTED); nothing follows from it.
  ['har/mitmproxy-chrome.har', 3, []],
  // A proxy capture: the plain-http GET came from no https page (no mixed content), and two
  // failures minutes apart on different hosts are no cascade.
  ['har/mitmproxy-error-log.har', 2, []],
  ['har/mitmproxy-successful-log.har', 2, []],
  ['har/mitmproxy-diff-data.har', 5, []],
  // MCP Inspector OAuth discovery. #1/#13: the preflight allows "Content-Type, Authorization"
  // but the call sends mcp-protocol-version, so Chrome blocks #0/#12 (recorded before their
  // preflight; #2/#14 retry without the header and succeed). The three ForgeRock discovery URLs:
  // preflights 404/404/405 without CORS headers, their GETs blocked (status 0, or a status with
  // net::ERR_FAILED), in both bursts two minutes apart (#23 succeeds once CORS was fixed for it).
  // The first failure the session never recovers from is #3, the authorization-server metadata
  // GET; the fallback discovery URLs on the same host fail right after it (#4-#11).
  [
    'har/mcp-inspector-oauth-discovery-cors.har',
    26,
    [
      { kind: 'cors_preflight_failure', entries: [0, 1, 12, 13] },
      { kind: 'cors_preflight_failure', entries: [3, 4, 5, 15, 16, 17] },
      { kind: 'root_cause', entries: [3, 4, 5, 6, 7, 8, 9, 10, 11] },
      { kind: 'cors_preflight_failure', entries: [6, 7, 8, 18, 19, 20] },
      { kind: 'cors_preflight_failure', entries: [9, 10, 11, 21, 22] },
    ],
  ],
  // Same client, metadata served locally: both GETs blocked by a preflight that does not allow
  // mcp-protocol-version (#0 by #1, #3 by #4); both recovered by the retry without it, and the
  // registration 400 (#6, with CORS headers) stands alone.
  [
    'har/mcp-inspector-local-metadata.har',
    8,
    [
      { kind: 'cors_preflight_failure', entries: [0, 1] },
      { kind: 'cors_preflight_failure', entries: [3, 4] },
    ],
  ],
  // A 202 that Chrome marks net::ERR_ABORTED: the page stopped reading, nothing failed.
  ['har/mcp-inspector-message-aborted.har', 2, []],
  // Preflight fine (204, Allow-Origin *); the 400 answer to the POST carried no
  // Access-Control-Allow-Origin, so the browser refused it (net::ERR_FAILED).
  ['har/handterm-signup-cors-pasted.har', 2, [{ kind: 'cors_preflight_failure', entries: [0] }]],
  // A dead debug-log sidecar refuses connections: each POST carries a different event (not a
  // retry), its preflights got no answer (a network failure, not CORS), the page is
  // http://localhost (no mixed content), and the app's own 404 is on another service.
  ['har/supabase-app-debug-ingest-refused.har', 24, []],
  // The same GET answered 500 (42P17, infinite recursion in an RLS policy) eight times within
  // 0.1 s: identical failing requests with no backoff between them.
  ['har/supabase-rls-recursion-500-burst.har', 26, [{ kind: 'retry_storm', entries: [5, 8, 10, 14, 18, 20, 22, 24] }]],
  // GET /api/users/list 500, fetched twice at once (a dev double fetch), again 4 minutes later:
  // two attempts are no storm, the same call repeated is no cascade; token refreshes are 200s.
  ['har/nextjs-firebase-users-list-500.har', 30, []],
  ['har/tanstack-db-pagination-repro.har', 4, []],
  // A 400 to one POST among 201s: a client error, no server error to retry after.
  ['har/cowboy-cards-create-class-400.har', 6, []],
  ['har/supabase-gym-admin-session.har', 39, []],
  // A dev-server reload cancels six pending module loads (net::ERR_ABORTED): nothing failed.
  ['har/vite-dev-reload-aborted-modules.har', 71, []],
  // A person signing in: the SAML form POST redirected to the IdP's login page is a navigation.
  ['har/firefox-sso-login-navigation.har', 10, []],
  // A typed http:// address redirected to https (GETs, nothing dropped); two beacons unanswered.
  ['har/firefox-google-http-redirects.har', 43, []],
  // Recorded GitHub API calls: one 422, renames answered 301/307 to /repositories/<id> (not a
  // login page), an upload repeated on purpose after a 201 and a 422 (no server error), pages.
  ['recordings/octokit-errors.json', 3, []],
  ['recordings/octokit-rename-repository.json', 7, []],
  ['recordings/octokit-release-assets-conflict.json', 10, []],
  ['recordings/octokit-paginate-issues.json', 20, []],
  // urllib3 retried one 403 once in the excerpt: two attempts, the same call, no pattern.
  ['logs/opensanctions-urllib3-403-retries.log', 4, []],
  // A 429 retried 33 s later, then 200: the client backed off.
  ['logs/homeconnect-urllib3-429-retry-after.log', 2, []],
  // 503s from different clients, 20-60 s apart ("Nothing special so far", says the maintainer).
  ['logs/heroku-router-503-h12-h18.log', 7, []],
  // One path timing out (H12, 30 s) four times over three minutes, at most two within 2 s:
  // timeouts from the start (no slowdown before them), and no storm.
  ['logs/heroku-h12-request-timeouts.log', 4, []],
  // nginx trying the upstream twice for one client request (*37187197): not a client retry storm.
  ['logs/ingress-nginx-connect-refused.log', 3, []],
  // A public website's access log: 17 scattered 404s from crawlers among 1,000 lines.
  ['logs/elastic-examples-apache-access.log', 1000, []],
];

describe('session patterns on real sessions', () => {
  test.each(cases)('%s', (file, exchanges, expected) => {
    const analysis = analyse(file);
    expect(analysis.source).toBe(file.startsWith('logs/') ? 'log' : 'har');
    expect(analysis.exchanges).toHaveLength(exchanges);
    expect(found(analysis)).toEqual(expected);
  });

  test('the summaries name what the material shows', () => {
    const summary = (file: string, kind: string) =>
      analyse(file)
        .patterns.filter((p) => p.kind === kind)
        .map((p) => p.summary);
    expect(summary('har/mcp-inspector-local-metadata.har', 'cors_preflight_failure')[0]).toMatch(
      /did not allow the request header mcp-protocol-version \(Access-Control-Allow-Headers: Content-Type, Authorization\)/,
    );
    expect(summary('har/mcp-inspector-oauth-discovery-cors.har', 'cors_preflight_failure')[3]).toMatch(
      /openid-configuration: its preflight \(OPTIONS\) answered 405 without CORS headers/,
    );
    expect(summary('har/handterm-signup-cors-pasted.har', 'cors_preflight_failure')).toEqual([
      'The browser blocked the call to https://u4ceo7qshi.execute-api.us-east-1.amazonaws.com/prod/signup: its 400 response carried no Access-Control-Allow-Origin for http://localhost:5173.',
    ]);
    expect(summary('har/supabase-rls-recursion-500-burst.har', 'retry_storm')[0]).toMatch(
      /^8 requests to GET https:\/\/\S+\/rest\/v1\/contracts\?\S+ in 99 ms kept failing with 500/,
    );
  });

  test('what counts as a failure is what the caller saw', () => {
    const failed = (file: string) => analyse(file).timeline.map((x) => x.failed);
    // a response Chrome refused (200 + net::ERR_FAILED) failed; a cancelled one (ERR_ABORTED) did not
    expect(failed('har/mcp-inspector-oauth-discovery-cors.har')[11]).toBe(true);
    expect(failed('har/mcp-inspector-message-aborted.har')).toEqual([false, false]);
    expect(failed('har/vite-dev-reload-aborted-modules.har').filter(Boolean)).toEqual([]);
    // a log line that only announces the request ("HTTP GET ... url=") is not a failure
    expect(failed('logs/opensanctions-urllib3-403-retries.log')).toEqual([false, false, true, true]);
  });

  test('a recording becomes a timeline with the recorded methods, statuses and times', () => {
    const { timeline } = analyse('recordings/octokit-rename-repository.json');
    expect(timeline.map((x) => `${x.method} ${x.status}`)).toEqual([
      'POST 201',
      'PATCH 200',
      'GET 301',
      'GET 200',
      'PATCH 307',
      'PATCH 200',
      'DELETE 204',
    ]);
    expect(timeline[6]).toMatchObject({ url: 'https://api.github.com/repositories/515436299', startMs: 11_000 });
  });
});

describe('the fixture list', () => {
  const listed = (parseYaml(readFileSync(join(DIR, 'sources.yaml'), 'utf8')) as { files: Record<string, string>[] })
    .files;
  const onDisk = ['har', 'recordings', 'logs'].flatMap((dir) => readdirSync(join(DIR, dir)).map((f) => `${dir}/${f}`));

  test('every fixture is listed once with the page it comes from, and every listed file exists', () => {
    expect(listed.map((f) => f.file).sort()).toEqual(onDisk.sort());
    for (const f of listed) {
      expect(f.url, f.file).toMatch(/^https:\/\/github\.com\/[\w.-]+\/[\w.-]+\/(blob\/[0-9a-f]{40}\/|pull\/|issues\/)/);
      expect(f.what, f.file).toBeTruthy();
      expect(existsSync(join(DIR, f.file!)), f.file).toBe(true);
    }
  });

  test('every fixture is checked above', () => {
    expect(cases.map(([file]) => file).sort()).toEqual(onDisk.sort());
  });
});
