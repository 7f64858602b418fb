import ipaddr from "ipaddr.js";

/**
 * The header the app server (scripts/serve.ts) sets on every request to the one client address it
 * trusts; whatever a client sent under that name is replaced, never appended to.
 */
export const CLIENT_ADDRESS_HEADER = "x-forwarded-for";

/** An address in its canonical form ("::ffff:10.0.0.1" becomes "10.0.0.1"), or null if it is none. */
function canonical(candidate: string | undefined): string | null {
  const trimmed = candidate?.trim().replace(/^\[(.*)\]$/, "$1");
  if (!trimmed || !ipaddr.isValid(trimmed)) return null;
  return ipaddr.process(trimmed).toString();
}

/**
 * Who is on the other end of a request. With no trusted proxy (the default) that is the socket's
 * peer, and an `X-Forwarded-For` header is the client's own claim, ignored. Behind `trustedHops`
 * proxies, each appends the address it received the request from, so the client is the entry that
 * many places from the right of the chain "header entries, then socket peer": anything further left
 * was written by the client and is not believed.
 */
export function resolveClientAddress({
  socketAddress,
  forwardedFor,
  trustedHops,
}: {
  socketAddress: string | undefined;
  forwardedFor: string | string[] | undefined;
  trustedHops: number;
}): string {
  const socket = canonical(socketAddress) ?? "unknown";
  if (trustedHops <= 0) return socket;
  const header = Array.isArray(forwardedFor) ? forwardedFor.join(",") : (forwardedFor ?? "");
  const chain = [...header.split(","), socket];
  const index = Math.max(0, chain.length - 1 - trustedHops);
  // Walk back toward the socket if the entry a trusted proxy wrote is unreadable.
  for (let position = index; position < chain.length; position += 1) {
    const address = canonical(chain[position]);
    if (address) return address;
  }
  return socket;
}

/** The address the app server resolved for this request (see scripts/serve.ts), for rate limits and the audit. */
export function clientAddressOf(headers: Headers | Record<string, unknown> | undefined): string {
  const value: unknown = headers instanceof Headers ? headers.get(CLIENT_ADDRESS_HEADER) : headers?.[CLIENT_ADDRESS_HEADER];
  const first: unknown = Array.isArray(value) ? value[0] : value;
  return (typeof first === "string" ? first.split(",")[0]?.trim() : undefined) || "unknown";
}
