/**
 * Whether a server address makes the token cross the network in clear (issue 11): plain `http://` to a host that is
 * not this machine. Loopback (`localhost`, `127.0.0.0/8`, `[::1]`) never leaves the computer, so it is fine in clear.
 */
export function sendsTokenInClear(origin: string): boolean {
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    return false; // not an address at all: the connection form reports that itself
  }
  if (url.protocol !== 'http:') return false;
  return !isLoopback(url.hostname);
}

function isLoopback(hostname: string): boolean {
  const host = hostname.toLowerCase();
  if (host === 'localhost' || host.endsWith('.localhost')) return true;
  if (host === '[::1]') return true;
  return /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/u.test(host);
}
