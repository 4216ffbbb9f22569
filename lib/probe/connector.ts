import 'server-only';
import net from 'node:net';
import tls from 'node:tls';
import type { buildConnector } from 'undici';
import { DestinationRefusedError, resolveVetted, type DestinationPolicy } from './destination';
import { checkUrl } from './host-policy';

/** Phase durations of one connection, in milliseconds. */
export interface ConnectTimings {
  dnsMs: number;
  connectMs: number;
  tlsMs: number;
  remoteAddress: string | null;
}

/** Raised when DNS + TCP + TLS take longer than the connect limit (undici's own code). */
export class ConnectTimeoutError extends Error {
  readonly code = 'UND_ERR_CONNECT_TIMEOUT';
  constructor(ms: number) {
    super(`Connect timeout after ${ms} ms`);
    this.name = 'ConnectTimeoutError';
  }
}

export interface ConnectorOptions {
  policy: DestinationPolicy;
  /** Budget for DNS + TCP + TLS together. */
  connectTimeoutMs: number;
  /** Replaces the system CA store; only for tests against a local TLS server. */
  trustedCa?: string;
  /** Called once per established connection, with its timings. */
  onConnected: (timings: ConnectTimings) => void;
}

type Socket = net.Socket | tls.TLSSocket;

/**
 * An undici connector that resolves the host itself, vets every address again (so a DNS
 * answer that changed since the pre-flight check cannot slip through), and connects to
 * the vetted IP — never to the name. TLS still verifies the certificate against the name.
 */
export function safeConnector(options: ConnectorOptions): buildConnector.connector {
  return (opts, callback) => {
    const started = performance.now();
    let verdict: ReturnType<typeof checkUrl> = { ok: false };
    try {
      verdict = checkUrl(
        new URL(`${opts.protocol}//${opts.host ?? opts.hostname}`),
        options.policy.allow,
        options.policy.selfHosts,
      );
    } catch {
      // An origin the URL parser rejects is not one we can vet: refuse it.
    }
    if (!verdict.ok) return callback(new DestinationRefusedError(), null);
    let settled = false;
    let current: Socket | null = null;
    const timer = setTimeout(() => {
      const err = new ConnectTimeoutError(options.connectTimeoutMs);
      finish(err);
      current?.destroy(err); // rejects the pending attempt, which then sees `settled` and stops
    }, options.connectTimeoutMs);
    const finish = (err: Error | null, socket?: Socket) => {
      if (settled) return socket?.destroy();
      settled = true;
      clearTimeout(timer);
      if (err || !socket) callback(err ?? new Error('connect failed'), null);
      else callback(null, socket);
    };

    resolveVetted(verdict.host, verdict.literal, verdict.allowListed, options.policy.resolver).then(
      async (addresses) => {
        const dnsMs = verdict.literal ? 0 : performance.now() - started;
        let lastError: Error = new Error('connect failed');
        // Try each vetted address in order (e.g. ::1 then 127.0.0.1 for an allow-listed localhost).
        for (const { address } of addresses) {
          if (settled) return;
          try {
            const { socket, connectMs, tlsMs } = await openSocket(
              address,
              verdict.port,
              opts.protocol === 'https:'
                ? { servername: verdict.literal ? undefined : verdict.host, ca: options.trustedCa }
                : null,
              (s) => (current = s),
            );
            options.onConnected({ dnsMs, connectMs, tlsMs, remoteAddress: socket.remoteAddress ?? address });
            return finish(null, socket);
          } catch (e) {
            lastError = e instanceof Error ? e : new Error(String(e));
          }
        }
        finish(lastError);
      },
      (e: unknown) => finish(e instanceof Error ? e : new Error(String(e))),
    );
  };
}

/** `secure` null means plain TCP; `servername` is what the certificate is verified against. */
function openSocket(
  address: string,
  port: number,
  secure: { servername?: string; ca?: string } | null,
  track: (s: Socket) => void,
) {
  return new Promise<{ socket: Socket; connectMs: number; tlsMs: number }>((resolve, reject) => {
    const t0 = performance.now();
    let tcpAt = 0;
    const socket: Socket = secure
      ? tls.connect({ host: address, port, servername: secure.servername, ca: secure.ca, ALPNProtocols: ['http/1.1'] })
      : net.connect({ host: address, port });
    track(socket);
    socket.setNoDelay(true);
    const onError = (e: Error) => {
      socket.destroy();
      reject(e);
    };
    socket.once('error', onError);
    socket.once('connect', () => {
      tcpAt = performance.now();
      if (!secure) done(0);
    });
    if (secure) socket.once('secureConnect', () => done(performance.now() - tcpAt));
    function done(tlsMs: number) {
      socket.off('error', onError);
      resolve({ socket, connectMs: tcpAt - t0, tlsMs });
    }
  });
}
