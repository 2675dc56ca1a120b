import { LocalDeployer, PagesDeployer, WorkersForPlatformsDeployer, type Deployer } from "@wove/deploy";
import type { Bindings } from "../AppEnv.ts";

/**
 * The deployer this platform uses, chosen by its settings: with a Cloudflare account and
 * token, Workers for Platforms when DISPATCH_NAMESPACE is set, else Pages Direct Upload
 * when PAGES_PROJECT is; otherwise the embedded one (R2 and the Worker Loader).
 */
export function createDeployer(env: Bindings): Deployer {
  const { CLOUDFLARE_ACCOUNT_ID: accountId, CLOUDFLARE_API_TOKEN: apiToken } = env;
  const baseUrl = env.CLOUDFLARE_API_BASE_URL ? { baseUrl: env.CLOUDFLARE_API_BASE_URL } : {};
  if (accountId && apiToken && env.DISPATCH_NAMESPACE) {
    return new WorkersForPlatformsDeployer(
      { accountId, apiToken, namespace: env.DISPATCH_NAMESPACE, ...baseUrl },
      env.BLOBS,
    );
  }
  if (accountId && apiToken && env.PAGES_PROJECT) {
    return new PagesDeployer({ accountId, apiToken, project: env.PAGES_PROJECT, ...baseUrl }, env.BLOBS);
  }
  return new LocalDeployer(env.BLOBS);
}
