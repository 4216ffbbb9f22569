import 'server-only';

/**
 * Headers for every answer of the portal's own API: the JSON is data, never a document, so
 * it gets a CSP that allows nothing and sandboxes it if a browser ever renders it, is not
 * sniffed into HTML, and is never cached (it holds what a user probed). next.config.mjs
 * sets the same for every /api route; setting them here too keeps a handler correct on its own.
 */
export const API_HEADERS: Readonly<Record<string, string>> = {
  'content-security-policy': "default-src 'none'; sandbox",
  'x-content-type-options': 'nosniff',
  'cache-control': 'no-store',
};

export function withApiHeaders(response: Response): Response {
  for (const [name, value] of Object.entries(API_HEADERS)) response.headers.set(name, value);
  return response;
}
