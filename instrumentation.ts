/**
 * Runs once when the server starts. On Node it records each connection's own address in a
 * header the route handlers can read (Next does not expose the socket to them), so the
 * probe's rate limit cannot be reset by a client-written X-Forwarded-For. Any value a client
 * sends in that header is replaced. lib/probe/trust.ts reads it (PEER_HEADER, same name).
 *
 * Kept here, not in lib/probe: this file is not compiled as a React server module, so it
 * must not import `server-only`.
 */
const PEER_HEADER = 'x-api-triage-peer';

export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const http = await import('node:http');
  const server = http.Server.prototype as { emit: (event: string | symbol, ...args: unknown[]) => boolean };
  const emit = server.emit;
  // Wrapping emit (instead of adding a listener) runs before Next's own request handler.
  server.emit = function (this: unknown, event: string | symbol, ...args: unknown[]) {
    const req = args[0];
    if (event === 'request' && req instanceof http.IncomingMessage) {
      delete req.headers[PEER_HEADER];
      const address = req.socket?.remoteAddress?.replace(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/, '$1');
      if (address) req.headers[PEER_HEADER] = address;
    }
    return Reflect.apply(emit, this, [event, ...args]) as boolean;
  };
}
