import { header, isObject, type Analysis } from './analysis';

type Json = Record<string, unknown>;

/** One piece of provider evidence; a provider is detected when its signals add up to ≥ 1. */
interface Signal {
  provider: string;
  weight: number;
  /** header present (or its value matching `value`); a name ending in `*` is a prefix */
  header?: string;
  value?: RegExp;
  host?: RegExp;
  text?: RegExp;
  /** a lower-case substring the text must contain before `text` runs (a cheap gate) */
  hint?: string;
  json?: (j: Json, a: Analysis) => boolean;
  status?: (s: number) => boolean;
  /** said in evidence */
  why: string;
}

const err = (j: Json): Json | null => (isObject(j.error) ? j.error : null);
const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

/** Detection rules as data: headers, hosts, body shapes. Edge/format providers weigh less than services. */
const SIGNALS: Signal[] = [
  { provider: 'stripe', weight: 1.5, header: 'stripe-version', why: 'Stripe-Version header' },
  { provider: 'stripe', weight: 0.5, header: 'request-id', value: /^req_[A-Za-z0-9]{10,20}$/, why: 'Request-Id req_…' },
  {
    provider: 'stripe',
    weight: 2,
    json: (j) => typeof err(j)?.doc_url === 'string' && /stripe\.com/.test(String(err(j)?.doc_url)),
    why: 'error.doc_url at stripe.com',
  },
  {
    provider: 'stripe',
    weight: 1,
    json: (j) =>
      /^(card_error|invalid_request_error|api_error|idempotency_error)$/.test(String(err(j)?.type)) &&
      ('decline_code' in (err(j) ?? {}) || 'param' in (err(j) ?? {}) || 'request_log_url' in (err(j) ?? {})),
    why: 'Stripe error envelope',
  },
  { provider: 'stripe', weight: 2, host: /(^|\.)stripe\.com$/, why: 'host stripe.com' },
  { provider: 'github', weight: 2, header: 'x-github-request-id', why: 'X-GitHub-Request-Id header' },
  { provider: 'github', weight: 1.5, header: 'x-github-media-type', why: 'X-GitHub-Media-Type header' },
  {
    provider: 'github',
    weight: 2,
    json: (j) =>
      typeof j.documentation_url === 'string' && /docs\.github\.com|developer\.github\.com/.test(j.documentation_url),
    why: 'documentation_url at docs.github.com',
  },
  { provider: 'github', weight: 2, host: /(^|\.)github\.com$|(^|\.)githubusercontent\.com$/, why: 'host github.com' },
  { provider: 'aws', weight: 2, header: 'x-amzn-errortype', why: 'X-Amzn-ErrorType header' },
  { provider: 'aws', weight: 1.5, header: 'x-amzn-requestid', why: 'X-Amzn-RequestId header' },
  { provider: 'aws', weight: 1.5, header: 'x-amz-request-id', why: 'x-amz-request-id header' },
  { provider: 'aws', weight: 1, header: 'x-amz-id-2', why: 'x-amz-id-2 header' },
  { provider: 'aws', weight: 2, json: (j) => typeof j.__type === 'string', why: '__type in the body' },
  {
    provider: 'aws',
    weight: 1.5,
    hint: '<code>',
    text: /<Error>\s*<Code>[^<]{1,100}<\/Code>[\s\S]{0,600}<RequestId>|<ErrorResponse[^>]{0,200}amazonaws\.com/,
    why: 'AWS XML error document',
  },
  { provider: 'aws', weight: 2, host: /\.amazonaws\.com(\.cn)?$/, why: 'host amazonaws.com' },
  { provider: 'aws', weight: 1.5, header: 'server', value: /^awselb\b/i, why: 'Server: awselb (ALB)' },
  { provider: 'aws', weight: 1, header: 'x-amz-apigw-id', why: 'x-amz-apigw-id header' },
  {
    provider: 'google',
    weight: 2,
    json: (j) =>
      arr(err(j)?.details).some((d) => isObject(d) && String(d['@type']).startsWith('type.googleapis.com/google.rpc')),
    why: 'google.rpc error details',
  },
  {
    provider: 'google',
    weight: 1.2,
    json: (j) =>
      typeof err(j)?.status === 'string' &&
      /^[A-Z_]{3,}$/.test(String(err(j)?.status)) &&
      typeof err(j)?.code === 'number',
    why: 'google.rpc error status',
  },
  {
    provider: 'google',
    weight: 1,
    json: (j) => arr(err(j)?.errors).some((e) => isObject(e) && typeof e.domain === 'string'),
    why: 'Google error domain',
  },
  { provider: 'google', weight: 2, host: /(^|\.)googleapis\.com$|(^|\.)google\.com$/, why: 'host googleapis.com' },
  { provider: 'microsoft', weight: 2, header: 'x-ms-ags-diagnostic', why: 'x-ms-ags-diagnostic header' },
  { provider: 'microsoft', weight: 1, header: 'client-request-id', why: 'client-request-id header' },
  { provider: 'microsoft', weight: 1, header: 'x-ms-request-id', why: 'x-ms-request-id header' },
  { provider: 'microsoft', weight: 1.5, header: 'x-ms-error-code', why: 'x-ms-error-code header' },
  {
    provider: 'microsoft',
    weight: 1.5,
    json: (j) => isObject(err(j)?.innerError) || isObject(err(j)?.innererror),
    why: 'error.innerError',
  },
  { provider: 'microsoft', weight: 2, json: (j) => Array.isArray(j.error_codes), why: 'error_codes (Entra ID)' },
  { provider: 'microsoft', weight: 2, hint: 'aadsts', text: /\bAADSTS\d{5,7}\b/, why: 'AADSTS code' },
  {
    provider: 'microsoft',
    weight: 2,
    host: /(^|\.)(microsoft\.com|microsoftonline\.com|windows\.net|azure\.com|azure-api\.net|office\.com|office365\.com|live\.com)$/,
    why: 'Microsoft host',
  },
  {
    provider: 'slack',
    weight: 1.5,
    json: (j) => j.ok === false && typeof j.error === 'string',
    why: '"ok": false with an error string',
  },
  { provider: 'slack', weight: 2, header: 'x-slack-req-id', why: 'x-slack-req-id header' },
  { provider: 'slack', weight: 2, host: /(^|\.)slack\.com$/, why: 'host slack.com' },
  {
    provider: 'twilio',
    weight: 2,
    json: (j) => typeof j.more_info === 'string' && /twilio\.com/.test(j.more_info),
    why: 'more_info at twilio.com',
  },
  { provider: 'twilio', weight: 2, header: 'twilio-request-id', why: 'Twilio-Request-Id header' },
  { provider: 'twilio', weight: 2, host: /(^|\.)twilio\.com$/, why: 'host twilio.com' },
  { provider: 'openai', weight: 2, header: 'openai-organization', why: 'openai-organization header' },
  { provider: 'openai', weight: 2, header: 'openai-processing-ms', why: 'openai-processing-ms header' },
  { provider: 'openai', weight: 1.5, header: 'openai-version', why: 'openai-version header' },
  {
    provider: 'openai',
    weight: 1.5,
    hint: 'openai.com',
    text: /platform\.openai\.com|help\.openai\.com/,
    why: 'openai.com link in the body',
  },
  {
    provider: 'openai',
    weight: 0.8,
    json: (j) =>
      isObject(err(j)) &&
      'param' in (err(j) ?? {}) &&
      'code' in (err(j) ?? {}) &&
      'type' in (err(j) ?? {}) &&
      !('doc_url' in (err(j) ?? {})),
    why: 'OpenAI error envelope',
  },
  { provider: 'openai', weight: 2, host: /(^|\.)openai\.com$/, why: 'host openai.com' },
  {
    provider: 'anthropic',
    weight: 2,
    json: (j) => j.type === 'error' && typeof err(j)?.type === 'string',
    why: '{"type": "error"} envelope',
  },
  { provider: 'anthropic', weight: 2, header: 'anthropic-*', why: 'anthropic-* headers' },
  { provider: 'anthropic', weight: 2, host: /(^|\.)anthropic\.com$/, why: 'host anthropic.com' },
  { provider: 'shopify', weight: 2, header: 'x-shopify-*', why: 'X-Shopify-* headers' },
  { provider: 'shopify', weight: 2, host: /(^|\.)myshopify\.com$|(^|\.)shopify\.com$/, why: 'host myshopify.com' },
  { provider: 'cloudflare', weight: 0.4, header: 'cf-ray', why: 'CF-RAY header' },
  { provider: 'cloudflare', weight: 0.4, header: 'server', value: /^cloudflare/i, why: 'Server: cloudflare' },
  { provider: 'cloudflare', weight: 1.5, header: 'cf-mitigated', why: 'cf-mitigated header' },
  {
    provider: 'cloudflare',
    weight: 1,
    status: (s) => s >= 520 && s <= 530,
    header: 'cf-ray',
    why: 'Cloudflare 52x status',
  },
  {
    provider: 'cloudflare',
    weight: 1.2,
    hint: 'error code',
    text: /^error code:?\s*1\d{3}\s*$/im,
    why: 'Cloudflare "error code: 1xxx"',
  },
  { provider: 'cloudflare', weight: 1.2, hint: 'ray id', text: /cloudflare/i, why: 'Cloudflare error page (Ray ID)' },
  {
    provider: 'cloudflare',
    weight: 1.5,
    json: (j) => j.success === false && Array.isArray(j.errors) && Array.isArray(j.messages),
    why: 'Cloudflare API v4 envelope',
  },
  { provider: 'cloudflare', weight: 2, host: /(^|\.)cloudflare\.com$/, why: 'host cloudflare.com' },
  { provider: 'discord', weight: 2, header: 'x-ratelimit-bucket', why: 'X-RateLimit-Bucket header' },
  {
    provider: 'discord',
    weight: 2,
    json: (j) => typeof j.retry_after === 'number' && typeof j.global === 'boolean',
    why: 'retry_after + global in the body',
  },
  { provider: 'discord', weight: 2, host: /(^|\.)discord(app)?\.com$/, why: 'host discord.com' },
  {
    provider: 'salesforce',
    weight: 2,
    json: (j, a) =>
      Array.isArray(a.json) && a.json.length > 0 && a.json.every((e) => isObject(e) && typeof e.errorCode === 'string'),
    why: '[{errorCode, message}] body',
  },
  { provider: 'salesforce', weight: 2, header: 'sforce-limit-info', why: 'Sforce-Limit-Info header' },
  { provider: 'salesforce', weight: 2, host: /(^|\.)(salesforce\.com|force\.com)$/, why: 'Salesforce host' },
  { provider: 'atlassian', weight: 1.5, json: (j) => Array.isArray(j.errorMessages), why: 'errorMessages in the body' },
  { provider: 'atlassian', weight: 2, header: 'x-arequestid', why: 'X-AREQUESTID header' },
  { provider: 'atlassian', weight: 1.5, header: 'atl-traceid', why: 'ATL-TraceId header' },
  { provider: 'atlassian', weight: 2, host: /(^|\.)(atlassian\.net|atlassian\.com)$/, why: 'Atlassian host' },
  {
    provider: 'kubernetes',
    weight: 2,
    json: (j) => j.kind === 'Status' && typeof j.apiVersion === 'string',
    why: 'Kubernetes Status object',
  },
  {
    provider: 'kubernetes',
    weight: 1,
    header: 'x-kubernetes-pf-flowschema-uid',
    why: 'X-Kubernetes-PF-FlowSchema-UID header',
  },
  {
    provider: 'graphql',
    weight: 2,
    header: 'content-type',
    value: /graphql-response\+json/i,
    why: 'GraphQL content type',
  },
  {
    provider: 'graphql',
    weight: 1.2,
    json: (j) =>
      arr(j.errors).some(
        (e) => isObject(e) && typeof e.message === 'string' && ('locations' in e || 'path' in e || 'extensions' in e),
      ) ||
      ('data' in j && arr(j.errors).length > 0),
    why: 'GraphQL errors array',
  },
  {
    provider: 'problem-json',
    weight: 2,
    header: 'content-type',
    value: /problem\+(json|xml)/i,
    why: 'application/problem+json',
  },
  {
    provider: 'problem-json',
    weight: 1,
    json: (j) => typeof j.type === 'string' && typeof j.title === 'string',
    why: 'type + title members',
  },
  {
    provider: 'django',
    weight: 1.5,
    hint: 'expected available in',
    text: /Expected available in \d+ seconds?/,
    why: 'DRF throttle message',
  },
  {
    provider: 'django',
    weight: 1,
    json: (j) => Object.keys(j).length === 1 && typeof j.detail === 'string',
    why: '{"detail": …} body',
  },
  { provider: 'django', weight: 1, json: (j) => Array.isArray(j.non_field_errors), why: 'non_field_errors' },
  {
    provider: 'spring',
    weight: 2,
    json: (j) =>
      typeof j.timestamp === 'string' &&
      typeof j.status === 'number' &&
      typeof j.error === 'string' &&
      typeof j.path === 'string',
    why: 'Spring Boot error body',
  },
  { provider: 'nginx', weight: 0.8, header: 'server', value: /^nginx/i, why: 'Server: nginx' },
  {
    provider: 'nginx',
    weight: 2,
    hint: '<center>nginx',
    text: /<center>nginx(?:\/[\d.]+)?<\/center>/,
    why: 'nginx error page',
  },
  { provider: 'heroku', weight: 1.5, header: 'via', value: /vegur/i, why: 'Via: vegur' },
  {
    provider: 'heroku',
    weight: 1.5,
    hint: 'heroku',
    text: /herokucdn\.com\/error-pages|\bcode=H\d\d\b/,
    why: 'Heroku router error',
  },
  { provider: 'heroku', weight: 2, host: /(^|\.)heroku(app)?\.com$/, why: 'Heroku host' },
  { provider: 'upstream', weight: 2, host: /(^|\.)upstream\b/, why: 'Upstream host' },
  {
    provider: 'upstream',
    weight: 1,
    json: (j) =>
      isObject(err(j)) &&
      typeof err(j)?.code === 'string' &&
      'details' in (err(j) ?? {}) &&
      'message' in (err(j) ?? {}),
    why: '{"error": {code, message, details}} envelope',
  },
  { provider: 'integrator-io', weight: 2, host: /(^|\.)integrator\.io$/, why: 'host integrator.io' },
  {
    provider: 'api-triage',
    weight: 3,
    json: (j) => typeof j.type === 'string' && j.type.startsWith('/codes/api-triage-'),
    why: 'API Triage problem type',
  },
];

/** Signals indexed once: most are about one header, looked up only when that header is present. */
const BY_HEADER = new Map<string, Signal[]>();
const OTHERS: Signal[] = [];
for (const s of SIGNALS) {
  if (s.header && !s.header.endsWith('*')) BY_HEADER.set(s.header, [...(BY_HEADER.get(s.header) ?? []), s]);
  else OTHERS.push(s);
}

export interface ProviderDetection {
  /** the provider that produced the response, or null */
  primary: string | null;
  /** every provider detected (a CDN in front of an API counts too) */
  all: Set<string>;
  why: string[];
}

/** Adds up the signals per provider; the highest total ≥ 1 is the provider. */
export function detectProvider(a: Analysis): ProviderDetection {
  const scores = new Map<string, { score: number; why: string[] }>();
  const json = isObject(a.json) ? a.json : Array.isArray(a.json) ? {} : null;
  const candidates: Signal[] = [];
  for (const name of a.headers.keys()) candidates.push(...(BY_HEADER.get(name) ?? []));
  for (const s of OTHERS) if (!(s.json && json === null) && !(s.host && a.host === null)) candidates.push(s);
  for (const s of candidates) {
    if (!matches(s, a, json)) continue;
    const cur = scores.get(s.provider) ?? { score: 0, why: [] };
    cur.score += s.weight;
    cur.why.push(s.why);
    scores.set(s.provider, cur);
  }
  let primary: string | null = null;
  let best = 0;
  const all = new Set<string>();
  for (const [p, { score }] of scores) {
    if (score < 1) continue;
    all.add(p);
    if (score > best) {
      best = score;
      primary = p;
    }
  }
  return { primary, all, why: primary ? (scores.get(primary)?.why ?? []) : [] };
}

function matches(s: Signal, a: Analysis, json: Json | null): boolean {
  if (s.status && (a.status === null || !s.status(a.status))) return false;
  if (s.header) {
    if (s.header.endsWith('*')) {
      const prefix = s.header.slice(0, -1);
      let found = false;
      for (const name of a.headers.keys())
        if (name.startsWith(prefix)) {
          found = true;
          break;
        }
      if (!found) return false;
    } else {
      const v = header(a, s.header);
      if (v === null || (s.value && !s.value.test(v))) return false;
    }
  }
  if (s.host && (a.host === null || !s.host.test(a.host))) return false;
  if (s.json && (json === null || !s.json(json, a))) return false;
  if (s.hint && !a.lower.includes(s.hint)) return false;
  if (s.text && !s.text.test(a.text)) return false;
  return true;
}
