/**
 * Runs once when the server starts. On Node it records each connection's own address in a
 * header the route handlers can read (Next does not expose the socket to them), so the
 * probe's rate limit cannot be reset by a client-written X-Forwarded-For.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    const { recordPeerAddresses } = await import('./lib/probe/peer-address');
    recordPeerAddresses();
  }
}
