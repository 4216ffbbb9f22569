import 'server-only';
import http from 'node:http';
import { PEER_HEADER } from './trust';

let installed = false;

/** Set PEER_HEADER on every incoming request to the socket's address, replacing any client-sent value. */
export function stampPeer(req: http.IncomingMessage): void {
  delete req.headers[PEER_HEADER];
  const address = req.socket?.remoteAddress;
  if (address) req.headers[PEER_HEADER] = address.replace(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/, '$1');
}

/**
 * Wrap http.Server's `request` event once per process, before Next handles the request.
 * Patching emit (instead of adding a listener) guarantees we run first, whoever created the server.
 */
export function recordPeerAddresses(): void {
  if (installed) return;
  installed = true;
  const emit = http.Server.prototype.emit;
  http.Server.prototype.emit = function (this: http.Server, event: string | symbol, ...args: unknown[]) {
    if (event === 'request' && args[0] instanceof http.IncomingMessage) stampPeer(args[0]);
    return Reflect.apply(emit, this, [event, ...args]) as boolean;
  } as typeof emit;
}
