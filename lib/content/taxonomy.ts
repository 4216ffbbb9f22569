/**
 * The fixed vocabularies of the knowledge base. Pure data: imported by the content
 * config, the build-time validator, the diagnosis engine (in the browser too) and pages.
 */

export { CATEGORIES, CATEGORY_LABELS, type Category } from '../diagnose/categories';

/** Kinds of catalog entry. */
export const KINDS = ['http-status', 'provider-code', 'oauth', 'network', 'tls', 'websocket', 'grpc'] as const;
export type Kind = (typeof KINDS)[number];

export const KIND_LABELS: Record<Kind, string> = {
  'http-status': 'HTTP status codes',
  'provider-code': 'Provider error codes',
  oauth: 'OAuth 2.0 and bearer-token errors',
  network: 'Network errors',
  tls: 'TLS and certificate errors',
  websocket: 'WebSocket close codes',
  grpc: 'gRPC and google.rpc codes',
};

/**
 * Providers the engine can detect and entries can belong to. The id is what entries put
 * in `provider` and what a Diagnosis reports.
 */
export const PROVIDERS = {
  stripe: 'Stripe',
  github: 'GitHub',
  aws: 'AWS',
  google: 'Google APIs',
  microsoft: 'Microsoft Graph / Entra ID',
  slack: 'Slack',
  twilio: 'Twilio',
  openai: 'OpenAI',
  anthropic: 'Anthropic',
  shopify: 'Shopify',
  cloudflare: 'Cloudflare',
  discord: 'Discord',
  salesforce: 'Salesforce',
  atlassian: 'Atlassian',
  kubernetes: 'Kubernetes',
  graphql: 'GraphQL servers',
  'problem-json': 'RFC 9457 problem details',
  django: 'Django REST Framework',
  spring: 'Spring Boot',
  nginx: 'nginx',
  heroku: 'Heroku',
  upstream: 'Upstream Healthcare Platform',
  'integrator-io': 'Celigo integrator.io',
  'api-triage': 'API Triage (this portal)',
} as const;
export type Provider = keyof typeof PROVIDERS;
export const PROVIDER_IDS = Object.keys(PROVIDERS) as Provider[];
