// The client address every per-IP rule uses: the socket, or X-Forwarded-For only through trusted proxies.
import { describe, expect, it } from "vitest";
import { clientIp, parseCidr } from "../src/http/client-ip.js";

const from = (remoteAddress: string, forwarded?: string) => ({
  request: new Request("http://x/", { headers: forwarded ? { "x-forwarded-for": forwarded } : {} }),
  serverContext: { req: { socket: { remoteAddress } } },
});

describe("client IP", () => {
  it("is the socket address when no proxy is trusted, whatever X-Forwarded-For claims", () => {
    const { request, serverContext } = from("203.0.113.7", "198.51.100.1");
    expect(clientIp(request, serverContext, [])).toBe("203.0.113.7");
  });

  it("believes X-Forwarded-For only from a trusted proxy, skipping trusted hops from the right", () => {
    const trusted = [parseCidr("10.0.0.0/8"), parseCidr("::1")];
    expect(clientIp(from("10.1.2.3", "198.51.100.1, 10.9.9.9").request, from("10.1.2.3").serverContext, trusted)).toBe("198.51.100.1");
    expect(clientIp(from("::1", "198.51.100.2").request, from("::1").serverContext, trusted)).toBe("198.51.100.2");
    expect(clientIp(from("203.0.113.7", "198.51.100.1").request, from("203.0.113.7").serverContext, trusted)).toBe("203.0.113.7");
  });

  it("writes IPv4-mapped IPv6 addresses as IPv4, and in-process requests as loopback", () => {
    expect(clientIp(from("::ffff:192.0.2.5").request, from("::ffff:192.0.2.5").serverContext, [])).toBe("192.0.2.5");
    expect(clientIp(new Request("http://x/"), {}, [])).toBe("127.0.0.1");
  });
});
