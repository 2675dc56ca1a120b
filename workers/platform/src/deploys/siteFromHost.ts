import { checkSiteName } from "@wove/deploy";

/**
 * The site a Host header names: `<site>.localhost[:port]`, or `<site>.<deployDomain>` when
 * the platform has a deploy domain. Anything else (the IDE's own host included) is null.
 */
export function siteFromHost(host: string | undefined, deployDomain: string): string | null {
  if (!host) return null;
  const hostname = host.toLowerCase().replace(/:\d+$/, "").replace(/\.$/, "");
  const suffixes = [".localhost", ...(deployDomain ? [`.${deployDomain.toLowerCase()}`] : [])];
  for (const suffix of suffixes) {
    if (!hostname.endsWith(suffix)) continue;
    const label = hostname.slice(0, -suffix.length);
    return checkSiteName(label) === null ? label : null;
  }
  return null;
}
