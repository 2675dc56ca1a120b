/**
 * Where deployed code's outbound requests may go: the address rules of the outbound
 * gateway (SiteOutbound.ts), pure so every form of an address can be tried in a table.
 *
 * Refused: schemes other than http(s); the platform's own hosts (PUBLIC_URL's host,
 * `localhost` and `*.localhost`, DEPLOY_DOMAIN and its sites); names that are not public
 * (one label, `.local`, `.internal`, `.home.arpa`); and IP literals in loopback, private,
 * CGNAT, link-local, unspecified, multicast and reserved ranges, IPv4-mapped and
 * translated IPv6 forms included. The WHATWG URL parser has already turned the other
 * IPv4 spellings (`2130706433`, `0x7f.1`, `0`) into dotted quads, so they meet the same
 * ranges. A host the operator lists in `allowed` (OUTBOUND_ALLOW_HOSTS) passes the
 * address rules, never the platform-origin rule.
 *
 * Names that resolve to private addresses (DNS rebinding) are not caught: a Worker cannot
 * resolve a name without DNS over HTTPS, and the answer could change before the fetch.
 */
export type OutboundDecision = { ok: true; url: URL } | { ok: false; reason: string };

export interface OutboundPolicy {
  /** Host names that are the platform itself, lower case, no port. */
  platformHosts: readonly string[];
  /** `host` or `host:port` entries the operator opened even though the rules would refuse them. */
  allowed: readonly string[];
}

const PRIVATE_SUFFIXES = [".local", ".internal", ".home.arpa", ".localhost", ".localdomain"];

export function checkOutbound(input: string, policy: OutboundPolicy): OutboundDecision {
  let url: URL;
  try {
    url = new URL(input);
  } catch {
    return { ok: false, reason: "not a valid URL" };
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    return { ok: false, reason: `the ${url.protocol.slice(0, -1)} scheme is not allowed; use http or https` };
  }
  const host = url.hostname.toLowerCase().replace(/\.+$/, "");
  if (isPlatformHost(host, policy.platformHosts)) return { ok: false, reason: `${host} is the platform itself` };
  const port = url.port || (url.protocol === "https:" ? "443" : "80");
  if (policy.allowed.includes(host) || policy.allowed.includes(`${host}:${port}`)) return { ok: true, url };
  const problem = addressProblem(host);
  return problem ? { ok: false, reason: `${host} is ${problem}` } : { ok: true, url };
}

function isPlatformHost(host: string, platformHosts: readonly string[]): boolean {
  if (host === "localhost" || host.endsWith(".localhost")) return true;
  return platformHosts.some((own) => own && (host === own || host.endsWith(`.${own}`)));
}

/** Why a host is not a public internet address, or null when it is one. */
export function addressProblem(host: string): string | null {
  if (host.startsWith("[")) return ipv6Problem(host.slice(1, -1));
  const v4 = parseIpv4(host);
  if (v4 !== null) return ipv4Problem(v4);
  if (!host.includes(".")) return "not a public host name";
  if (PRIVATE_SUFFIXES.some((suffix) => host.endsWith(suffix))) return "a private host name";
  return null;
}

/** Dotted quads only: the URL parser has normalized every other IPv4 spelling to one. */
function parseIpv4(host: string): number | null {
  const parts = host.split(".");
  if (parts.length !== 4 || !parts.every((part) => /^\d{1,3}$/.test(part) && Number(part) <= 255)) return null;
  return parts.reduce((value, part) => value * 256 + Number(part), 0);
}

/** [first address, prefix length, what it is] */
const IPV4_RANGES: [string, number, string][] = [
  ["0.0.0.0", 8, "an unspecified address"],
  ["10.0.0.0", 8, "a private address"],
  ["100.64.0.0", 10, "a shared (CGNAT) address"],
  ["127.0.0.0", 8, "a loopback address"],
  ["169.254.0.0", 16, "a link-local address"],
  ["172.16.0.0", 12, "a private address"],
  ["192.0.0.0", 24, "a reserved address"],
  ["192.168.0.0", 16, "a private address"],
  ["198.18.0.0", 15, "a reserved address"],
  ["224.0.0.0", 4, "a multicast address"],
  ["240.0.0.0", 4, "a reserved address"],
];

function ipv4Problem(address: number): string | null {
  for (const [first, bits, what] of IPV4_RANGES) {
    const base = parseIpv4(first) ?? 0;
    const size = 2 ** (32 - bits);
    if (address >= base && address < base + size) return what;
  }
  return null;
}

/** The eight 16-bit groups of an IPv6 address as the URL parser writes it (compressed, hex). */
function parseIpv6(text: string): number[] | null {
  const [head = "", tail] = text.split("::");
  const groups = (part: string) => (part ? part.split(":").map((group) => parseInt(group, 16)) : []);
  const front = groups(head);
  const back = tail === undefined ? [] : groups(tail);
  const missing = 8 - front.length - back.length;
  if (missing < 0 || (tail === undefined && missing !== 0)) return null;
  const all = [...front, ...Array<number>(missing).fill(0), ...back];
  return all.some((group) => Number.isNaN(group)) ? null : all;
}

function ipv6Problem(text: string): string | null {
  const g = parseIpv6(text);
  if (!g) return "not a valid IPv6 address";
  const embeddedV4 = (hi: number, lo: number) => ipv4Problem(hi * 65536 + lo);
  const zeroesBefore = (n: number) => g.slice(0, n).every((group) => group === 0);
  if (zeroesBefore(8)) return "an unspecified address";
  if (zeroesBefore(7) && g[7] === 1) return "a loopback address";
  // ::ffff:a.b.c.d (mapped) and ::a.b.c.d (compatible) reach the IPv4 address inside.
  if (zeroesBefore(5) && (g[5] === 0xffff || g[5] === 0)) return embeddedV4(g[6] ?? 0, g[7] ?? 0);
  // 64:ff9b::/96 (NAT64) and 2002::/16 (6to4) carry an IPv4 address too.
  if (g[0] === 0x64 && g[1] === 0xff9b && g.slice(2, 6).every((group) => group === 0)) {
    return embeddedV4(g[6] ?? 0, g[7] ?? 0);
  }
  if (g[0] === 0x2002) return embeddedV4(g[1] ?? 0, g[2] ?? 0);
  const first = g[0] ?? 0;
  if ((first & 0xfe00) === 0xfc00) return "a unique local (private) address";
  if ((first & 0xffc0) === 0xfe80) return "a link-local address";
  if ((first & 0xff00) === 0xff00) return "a multicast address";
  return null;
}
