import type { NetworkInterfaceInfo } from "node:os";

/**
 * The origins other machines reach the platform at when it listens on `host` (HOST): the
 * machine's own non-loopback addresses for a wildcard host (0.0.0.0 for IPv4, :: for IPv4
 * and IPv6), the host itself for a specific address, none for loopback. The launcher adds
 * them to TRUSTED_ORIGINS, so signing up from a LAN address works.
 */
export function lanOrigins(host: string, port: number, interfaces: NodeJS.Dict<NetworkInterfaceInfo[]>): string[] {
  const at = (address: string) => `http://${address.includes(":") ? `[${address}]` : address}:${port}`;
  if (host === "0.0.0.0" || host === "::") {
    return Object.values(interfaces)
      .flatMap((list) => list ?? [])
      .filter((i) => !i.internal && (i.family === "IPv4" || (host === "::" && !i.address.startsWith("fe80:"))))
      .map((i) => at(i.address));
  }
  if (["localhost", "127.0.0.1", "::1"].includes(host)) return [];
  return [at(host)];
}
