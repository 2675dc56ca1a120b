import type { Bindings } from "../AppEnv.ts";

/**
 * Where visitors reach a site: `https://<site>.<DEPLOY_DOMAIN>` in production, else
 * `<site>.localhost` on the platform's own scheme and port (PUBLIC_URL, or the request's).
 */
export function siteUrl(env: Pick<Bindings, "DEPLOY_DOMAIN" | "PUBLIC_URL">, site: string, requestUrl: string): string {
  if (env.DEPLOY_DOMAIN) return `https://${site}.${env.DEPLOY_DOMAIN}/`;
  const base = new URL(env.PUBLIC_URL || requestUrl);
  return `${base.protocol}//${site}.localhost${base.port ? `:${base.port}` : ""}/`;
}

/** The same URL for a renamed site: only the first label changes. */
export function renameSiteUrl(url: string, site: string): string {
  const parsed = new URL(url);
  parsed.hostname = [site, ...parsed.hostname.split(".").slice(1)].join(".");
  return parsed.toString();
}
