import { LocalDeployer, WorkersForPlatformsDeployer, type Deployer } from "@wove/deploy";
import type { Bindings } from "../AppEnv.ts";

/**
 * The deployer this platform uses, chosen by its settings: Workers for Platforms when a
 * Cloudflare account, token and dispatch namespace are set; otherwise the embedded one
 * (R2 and the Worker Loader). Pages Direct Upload is not wired yet (see packages/deploy).
 */
export function createDeployer(env: Bindings): Deployer {
  const { CLOUDFLARE_ACCOUNT_ID: accountId, CLOUDFLARE_API_TOKEN: apiToken, DISPATCH_NAMESPACE: namespace } = env;
  if (accountId && apiToken && namespace) {
    return new WorkersForPlatformsDeployer(
      {
        accountId,
        apiToken,
        namespace,
        ...(env.CLOUDFLARE_API_BASE_URL ? { baseUrl: env.CLOUDFLARE_API_BASE_URL } : {}),
      },
      env.BLOBS,
    );
  }
  return new LocalDeployer(env.BLOBS);
}
