// Who is on the other end of a request: the socket's address, or — only when that socket is a
// proxy listed in TRUSTED_PROXIES — the address it forwarded (X-Forwarded-For, read right to left
// past every trusted hop). Per-IP rate limits, the IP allowlist and IP blocks all use this one answer.
import type { IncomingMessage } from "node:http";
import ipaddr from "ipaddr.js";

export type Cidr = [ipaddr.IPv4 | ipaddr.IPv6, number];

// Parsing an address with ipaddr.js costs several µs (it tries IPv6, then IPv4, and builds objects),
// and every request asks for its peer's address a few times (security gate, context, limits). The
// answers are remembered; a request has few distinct addresses, so the table is small, and it starts
// over when full so a flood of distinct (forwarded) addresses cannot grow it.
const NORMALIZED_MAX = 4096;
const normalized = new Map<string, string | null>();

/** @public (per-IP rules of every helper) An address as one canonical string: IPv4-mapped IPv6 (`::ffff:1.2.3.4`) becomes `1.2.3.4`. */
export function normalizeIp(address: string): string | null {
  const known = normalized.get(address);
  if (known !== undefined) return known;
  const value = ipaddr.isValid(address) ? ipaddr.process(address).toString() : null;
  if (normalized.size >= NORMALIZED_MAX) normalized.clear();
  normalized.set(address, value);
  return value;
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
