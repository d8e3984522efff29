// Who is on the other end of a request: the socket's address, or — only when that socket is a
// proxy listed in TRUSTED_PROXIES — the address it forwarded (X-Forwarded-For, read right to left
// past every trusted hop). Per-IP rate limits, the IP allowlist and IP blocks all use this one answer.
import type { IncomingMessage } from "node:http";
import ipaddr from "ipaddr.js";

export type Cidr = [ipaddr.IPv4 | ipaddr.IPv6, number];

/** @public (per-IP rules of every helper) An address as one canonical string: IPv4-mapped IPv6 (`::ffff:1.2.3.4`) becomes `1.2.3.4`. */
export function normalizeIp(address: string): string | null {
  if (!ipaddr.isValid(address)) return null;
  return ipaddr.process(address).toString();
}

/** `10.0.0.0/8`, `2001:db8::/32` or a single address (a /32 or /128). Throws on anything else. */
export function parseCidr(text: string): Cidr {
  const value = text.trim();
  if (value.includes("/")) return ipaddr.parseCIDR(value);
  const address = ipaddr.process(value);
  return [address, address.kind() === "ipv4" ? 32 : 128];
}

/** @public (per-IP rules of every helper) Whether `address` is in one of `ranges`. */
export function inAnyCidr(address: string, ranges: readonly Cidr[]): boolean {
  if (!ipaddr.isValid(address)) return false;
  const parsed = ipaddr.process(address);
  return ranges.some(([range, bits]) => parsed.kind() === range.kind() && parsed.match(range as never, bits));
}

/** The address the request came from (see the file comment). In-process requests (tests) are loopback. */
export function clientIp(request: Request, serverContext: unknown, trustedProxies: readonly Cidr[]): string {
  const socket = (serverContext as { req?: IncomingMessage } | undefined)?.req?.socket;
  const peer = normalizeIp(socket?.remoteAddress ?? "") ?? "127.0.0.1";
  if (!trustedProxies.length || !inAnyCidr(peer, trustedProxies)) return peer;
  const hops = (request.headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((hop) => normalizeIp(hop.trim()))
    .filter((hop): hop is string => hop !== null);
  for (let i = hops.length - 1; i >= 0; i--) {
    if (!inAnyCidr(hops[i]!, trustedProxies)) return hops[i]!;
  }
  return hops[0] ?? peer;
}
