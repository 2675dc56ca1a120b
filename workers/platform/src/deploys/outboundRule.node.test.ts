import { describe, expect, it } from "vitest";
import { checkOutbound } from "./outboundRule.ts";

const policy = { platformHosts: ["wove.example", "sites.example"], allowed: ["127.0.0.1:4567", "intranet"] };
const reasonOf = (url: string) => {
  const decision = checkOutbound(url, policy);
  return decision.ok ? "ok" : decision.reason;
};

describe("checkOutbound", () => {
  it.each([
    ["http://127.0.0.1/", "127.0.0.1 is a loopback address"],
    ["http://127.1.2.3:9229/json", "127.1.2.3 is a loopback address"],
    ["http://2130706433/", "127.0.0.1 is a loopback address"],
    ["http://0x7f000001/", "127.0.0.1 is a loopback address"],
    ["http://0x7f.1/", "127.0.0.1 is a loopback address"],
    ["http://0177.0.0.1/", "127.0.0.1 is a loopback address"],
    ["http://0/", "0.0.0.0 is an unspecified address"],
    ["http://0.0.0.0:5432/", "0.0.0.0 is an unspecified address"],
    ["http://[::1]/", "[::1] is a loopback address"],
    ["http://[0:0:0:0:0:0:0:1]/", "[::1] is a loopback address"],
    ["http://[::]/", "[::] is an unspecified address"],
    ["http://[::ffff:127.0.0.1]/", "[::ffff:7f00:1] is a loopback address"],
    ["http://[::ffff:10.1.2.3]/", "[::ffff:a01:203] is a private address"],
    ["http://[::127.0.0.1]/", "[::7f00:1] is a loopback address"],
    ["http://[64:ff9b::a9fe:a9fe]/", "[64:ff9b::a9fe:a9fe] is a link-local address"],
    ["http://[2002:c0a8:101::1]/", "[2002:c0a8:101::1] is a private address"],
    ["http://[fc00::1]/", "[fc00::1] is a unique local (private) address"],
    ["http://[fd12:3456::1]/", "[fd12:3456::1] is a unique local (private) address"],
    ["http://[fe80::1]/", "[fe80::1] is a link-local address"],
    ["http://[ff02::1]/", "[ff02::1] is a multicast address"],
    ["http://10.0.0.1/", "10.0.0.1 is a private address"],
    ["http://172.16.0.1/", "172.16.0.1 is a private address"],
    ["http://172.31.255.255/", "172.31.255.255 is a private address"],
    ["http://192.168.1.1/", "192.168.1.1 is a private address"],
    ["http://100.64.0.1/", "100.64.0.1 is a shared (CGNAT) address"],
    ["http://100.127.255.255/", "100.127.255.255 is a shared (CGNAT) address"],
    ["http://169.254.169.254/latest/meta-data/", "169.254.169.254 is a link-local address"],
    ["http://224.0.0.1/", "224.0.0.1 is a multicast address"],
    ["http://255.255.255.255/", "255.255.255.255 is a reserved address"],
    ["http://localhost/api/dev/mailbox", "localhost is the platform itself"],
    ["http://localhost./", "localhost is the platform itself"],
    ["http://LOCALHOST:8787/", "localhost is the platform itself"],
    ["http://my-site.localhost:8787/", "my-site.localhost is the platform itself"],
    ["https://wove.example/api/health", "wove.example is the platform itself"],
    ["https://other.sites.example/", "other.sites.example is the platform itself"],
    ["https://sites.example./", "sites.example is the platform itself"],
    ["http://postgres:5432/", "postgres is not a public host name"],
    ["http://printer.local/", "printer.local is a private host name"],
    ["http://metadata.google.internal/", "metadata.google.internal is a private host name"],
    ["ftp://example.com/", "the ftp scheme is not allowed; use http or https"],
    ["file:///etc/passwd", "the file scheme is not allowed; use http or https"],
    ["ws://example.com/", "the ws scheme is not allowed; use http or https"],
    ["not a url", "not a valid URL"],
  ])("refuses %s", (url, reason) => {
    expect(reasonOf(url)).toBe(reason);
  });

  it.each([
    "https://example.com/",
    "http://93.184.215.14/",
    "http://100.63.255.255/",
    "http://100.128.0.1/",
    "http://172.32.0.1/",
    "http://[2606:4700::1111]/",
    "http://[::ffff:8.8.8.8]/",
    "https://wove.example.evil.com/",
    "https://notwove.example/",
  ])("lets %s through", (url) => {
    expect(reasonOf(url)).toBe("ok");
  });

  it("lets through what the operator allowed, by host:port or host, and only that port", () => {
    expect(reasonOf("http://127.0.0.1:4567/x")).toBe("ok");
    expect(reasonOf("http://127.0.0.1:4568/x")).toBe("127.0.0.1 is a loopback address");
    expect(reasonOf("http://intranet:8080/")).toBe("ok");
  });

  it("never lets the platform's own hosts through, even when allowed", () => {
    const open = { platformHosts: ["wove.example"], allowed: ["wove.example", "localhost:8787"] };
    expect(checkOutbound("https://wove.example/", open).ok).toBe(false);
    expect(checkOutbound("http://localhost:8787/", open).ok).toBe(false);
  });
});
