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
