import { diagnoseRequestSchema, diagnoseResponseSchema } from '@/lib/diagnose/diagnosis-schema';
import { ProbeRequestSchema } from '@/lib/request/probe-contract';
import { SessionAnalysis } from '@/lib/session/session-schema';
import { healthSchema } from '../health';
import { OpenApiRegistry, type ApiOperation } from './registry';
import { probeResultSchema } from './probe-result-schema';

const internal = { status: 500, code: 'internal_error', title: 'Internal error', when: 'the portal failed.' };

export const healthOperation: ApiOperation = {
  method: 'get',
  path: '/api/health',
  operationId: 'health',
  summary: 'Is this instance up, and which build does it serve?',
  description:
    'For load balancers and container health checks. `contentVersion` is a hash of the content build: instances with the same value give the same diagnoses.',
  response: { name: 'Health', schema: healthSchema, description: 'The instance is serving.' },
  problems: [],
};

export const diagnoseOperation: ApiOperation = {
  method: 'post',
  path: '/api/diagnose',
  operationId: 'diagnose',
  summary: 'Diagnose a response, an error message or a code',
  description:
    'Send the text as `text/plain`, or JSON `{"input": "..."}`: a raw HTTP response, `curl -i`/`curl -v` output, a HAR file, a JSON envelope, an error message or a bare code. Nothing is stored. A HAR with several entries gives an array, one Diagnosis per entry. Input is limited to 5 MB.',
  request: {
    name: 'DiagnoseRequest',
    schema: diagnoseRequestSchema,
    text: 'The pasted response, error text or code itself.',
    example: { input: 'HTTP/1.1 429 Too Many Requests\nRetry-After: 30\n\n{"error":"rate_limited"}' },
  },
  response: {
    name: 'DiagnoseResponse',
    schema: diagnoseResponseSchema,
    description: 'The diagnosis (or one per HAR entry).',
  },
  problems: [
    {
      status: 400,
      code: 'invalid_request',
      title: 'Invalid request',
      when: 'the JSON body is malformed or is not `{"input": string}`.',
    },
    { status: 400, code: 'input_empty', title: 'Empty input', when: 'there is nothing to diagnose.' },
    { status: 413, code: 'input_too_large', title: 'Input too large', when: 'the input is over 5 MB.' },
    internal,
  ],
};

export const probeOperation: ApiOperation = {
  method: 'post',
  path: '/api/probe',
  operationId: 'probe',
  summary: 'Send a request to a public API and diagnose the answer',
  description:
    'Same-origin only (the playground calls it). The destination must be a public internet host on a web port; private, loopback, link-local and metadata addresses and internal names are refused, also after redirects. Rate limited per client: 20 probes, then one every 2 s.',
  request: {
    name: 'ProbeRequest',
    schema: ProbeRequestSchema,
    example: { method: 'GET', url: 'https://api.github.com/user', headers: [['accept', 'application/json']] },
  },
  response: {
    name: 'ProbeResult',
    schema: probeResultSchema,
    description: 'The response (or the network error) with timings and its diagnosis.',
  },
  problems: [
    {
      status: 400,
      code: 'invalid_request',
      title: 'Invalid probe request',
      when: 'the body is not JSON or fails validation.',
    },
    {
      status: 403,
      code: 'cross_site',
      title: 'Cross-site request refused',
      when: 'the call did not come from the portal’s own pages, and carries no `Authorization: Bearer` with the deployment’s `PROBE_API_TOKEN`.',
    },
    {
      status: 403,
      code: 'destination_not_allowed',
      title: 'Destination not allowed',
      when: 'the URL (or a redirect) points at a private or internal destination.',
    },
    {
      status: 415,
      code: 'unsupported_media_type',
      title: 'Unsupported media type',
      when: 'the body is not sent as `application/json` (browsers send forms and text/plain cross-site without asking).',
    },
    { status: 413, code: 'request_too_large', title: 'Request too large', when: 'the outbound body is over 1 MiB.' },
    {
      status: 429,
      code: 'rate_limited',
      title: 'Too many probes',
      when: 'this client probed too often; wait `Retry-After` seconds.',
    },
    {
      status: 503,
      code: 'rate_limit_unavailable',
      title: 'Rate limit unavailable',
      when: 'the shared rate limiter (Redis) cannot be reached; the probe fails closed.',
    },
    internal,
  ],
};

export const sessionOperation: ApiOperation = {
  method: 'post',
  path: '/api/session',
  operationId: 'session',
  summary: 'Analyse a whole session: a HAR file or log lines',
  description:
    'Send a HAR file (as it is, as `application/json`), log lines as `text/plain`, or JSON `{"input": "..."}`. Every exchange is diagnosed; failures are grouped by category and provider code; cross-request patterns (`retry_storm`, `token_refresh_loop`, `cors_preflight_failure`, `login_redirect`, `mixed_content`, `root_cause`, `latency_cliff`, `non_idempotent_retry`) are reported with the indices of their exchanges. Nothing is stored. Limited to 20 MB; larger HAR files can be analysed in the browser at /session.',
  request: {
    name: 'SessionRequest',
    // the same body as /api/diagnose; its own instance, so the document names it once per operation
    schema: diagnoseRequestSchema.describe('A HAR file or log lines, as {"input": "..."}'),
    text: 'The HAR file or the log lines themselves.',
    example: {
      input:
        '2026-11-30T10:00:00Z POST https://api.example.com/v1/sync 429\n2026-11-30T10:00:01Z POST https://api.example.com/v1/sync 429',
    },
  },
  response: {
    name: 'SessionAnalysis',
    schema: SessionAnalysis,
    description: 'One Diagnosis per exchange, the failures grouped, and the patterns found.',
  },
  problems: [
    {
      status: 400,
      code: 'invalid_request',
      title: 'Invalid request',
      when: 'the JSON body is malformed, or is neither `{"input": string}` nor a HAR document.',
    },
    { status: 400, code: 'input_empty', title: 'Empty input', when: 'there is nothing to analyse.' },
    { status: 413, code: 'input_too_large', title: 'Input too large', when: 'the session is over 20 MB.' },
    internal,
  ],
};

/** Every route of the portal's API; a test fails while a route under app/api is undocumented. */
export const apiRegistry = new OpenApiRegistry()
  .register(healthOperation)
  .register(diagnoseOperation)
  .register(sessionOperation)
  .register(probeOperation);
