import type { ArtifactStore } from "./ArtifactStore.ts";
import type { Build } from "./Build.ts";
import { buildManifest } from "./buildManifest.ts";
import { callCloudflare, CLOUDFLARE_API } from "./callCloudflare.ts";
import type { Activation, Deployer, DeployTarget, UploadPlan } from "./Deployer.ts";
import { sitePointerKey } from "./artifactKeys.ts";
import type { Manifest, SitePointer } from "./Manifest.ts";
import { readArtifact } from "./readArtifact.ts";
import { storeArtifacts } from "./storeArtifacts.ts";
import { toBase64 } from "./toBase64.ts";

export interface CloudflareAccount {
  accountId: string;
  apiToken: string;
  namespace: string;
  /** https://api.cloudflare.com/client/v4 unless a test points it at a fake. */
  baseUrl?: string;
}

/** A static site still needs a script; assets answer first, this answers the misses. */
const STATIC_ONLY_SCRIPT = `export default { fetch() { return new Response("Not found", { status: 404 }); } };`;
const COMPATIBILITY_DATE = "2026-10-20";
/**
 * Per invocation, as the local Worker Loader gets (the platform's loadSiteWorker.ts); the
 * dispatcher passes the same limits again on every `DISPATCHER.get` (the lower one wins).
 */
export const SITE_LIMITS = { cpuMs: 50, subRequests: 50 };

type Session = { jwt: string; buckets: string[][] };

/**
 * Production deploys through Workers for Platforms: each site is a user Worker named after
 * it in the dispatch namespace, its static files attached through an assets upload session
 * (only the files Cloudflare lacks are sent), and the script uploaded with multipart
 * metadata (CPU and subrequest limits, and a `network:` tag for the owner's grant).
 * Uploading the script is what makes a version live, so `activate` does it (and writes
 * the site's pointer, from which the platform's dispatcher reads the grant) and
 * `rollback` re-uploads an earlier manifest, whose bytes are still in the artifact store.
 */
export class WorkersForPlatformsDeployer implements Deployer {
  readonly name = "workers-for-platforms";
  readonly #base: string;
  /** Completion tokens of asset uploads done by `upload`, for the `activate` that follows. */
  readonly #completed = new Map<string, string>();

  constructor(
    private readonly account: CloudflareAccount,
    private readonly store: ArtifactStore,
  ) {
    this.#base = `${account.baseUrl ?? CLOUDFLARE_API}/accounts/${account.accountId}`;
  }

  async prepare(target: DeployTarget, build: Build, log: (line: string) => void): Promise<UploadPlan> {
    // Every file is read back from the artifact store (here, and to roll back later),
    // so what the build made goes there first.
    await storeArtifacts(this.store, build);
    const manifest = buildManifest(target, build);
    const session = await this.#openSession(target.site, manifest);
    const missing = new Set(session.buckets.flat());
    log(`Cloudflare lacks ${missing.size} of ${build.files.length} asset(s)`);
    return { target, build, missing, session };
  }

  async upload(plan: UploadPlan, log: (line: string) => void): Promise<Manifest> {
    const manifest = buildManifest(plan.target, plan.build);
    const session = plan.session as Session;
    this.#completed.set(manifest.deploymentId, await this.#uploadBuckets(manifest, session));
    log(`Uploaded ${plan.missing.size} asset(s) to Cloudflare`);
    return manifest;
  }

  async activate(site: string, manifest: Manifest, log: (line: string) => void): Promise<Activation> {
    let token = this.#completed.get(manifest.deploymentId);
    if (!token) token = await this.#uploadBuckets(manifest, await this.#openSession(site, manifest));
    this.#completed.delete(manifest.deploymentId);
    const code = manifest.worker
      ? await this.#read(manifest.worker.hash)
      : new TextEncoder().encode(STATIC_ONLY_SCRIPT);
    const metadata = {
      main_module: "worker.js",
      compatibility_date: COMPATIBILITY_DATE,
      bindings: [],
      assets: { jwt: token, config: { not_found_handling: "404-page" } },
      limits: { cpu_ms: SITE_LIMITS.cpuMs, subrequests: SITE_LIMITS.subRequests },
      tags: [
        `project:${manifest.projectId}`,
        `deployment:${manifest.deploymentId}`,
        `network:${manifest.worker?.network ? "granted" : "none"}`,
      ],
    };
    const form = new FormData();
    form.set("metadata", new Blob([JSON.stringify(metadata)], { type: "application/json" }));
    form.set(
      "worker.js",
      new Blob([code as Uint8Array<ArrayBuffer>], { type: "application/javascript+module" }),
      "worker.js",
    );
    await this.#call("PUT", this.#scriptPath(site), form);
    // The dispatcher reads the pointer for the network grant it passes on each request.
    const pointer: SitePointer = { site, manifest };
    await this.store.put(sitePointerKey(site), JSON.stringify(pointer));
    log(`${site} now runs version ${manifest.version} on Cloudflare`);
    return {};
  }

  async rollback(site: string, to: Manifest | null, log: (line: string) => void): Promise<void> {
    if (to) {
      await this.activate(site, to, log);
      return;
    }
    await this.#call("DELETE", this.#scriptPath(site));
    await this.store.delete(sitePointerKey(site));
    log(`${site} was removed from Cloudflare: there is no earlier version`);
  }

  #scriptPath(site: string): string {
    return `/workers/dispatch/namespaces/${encodeURIComponent(this.account.namespace)}/scripts/${site}`;
  }

  async #openSession(site: string, manifest: Manifest): Promise<Session> {
    const files: Record<string, { hash: string; size: number }> = {};
    for (const [path, file] of Object.entries(manifest.files)) {
      files[path] = { hash: await assetHash(await this.#read(file.hash), path), size: file.size };
    }
    const result = await this.#call<{ jwt: string; buckets?: string[][] }>(
      "POST",
      `${this.#scriptPath(site)}/assets-upload-session`,
      JSON.stringify({ manifest: files }),
    );
    return { jwt: result.jwt, buckets: result.buckets ?? [] };
  }

  /** Sends each bucket the session asked for; the last answer's token completes the upload. */
  async #uploadBuckets(manifest: Manifest, session: Session): Promise<string> {
    if (!session.buckets.length) return session.jwt;
    const byAssetHash = new Map<string, { bytes: Uint8Array; type: string }>();
    for (const [path, file] of Object.entries(manifest.files)) {
      const bytes = await this.#read(file.hash);
      byAssetHash.set(await assetHash(bytes, path), { bytes, type: file.type });
    }
    let completion = session.jwt;
    for (const bucket of session.buckets) {
      const form = new FormData();
      for (const hash of bucket) {
        const asset = byAssetHash.get(hash);
        if (!asset) throw new Error(`Cloudflare asked for an asset we did not list: ${hash}`);
        form.set(hash, new Blob([toBase64(asset.bytes)], { type: asset.type }), hash);
      }
      const result = await this.#call<{ jwt?: string }>(
        "POST",
        "/workers/assets/upload?base64=true",
        form,
        session.jwt,
      );
      if (result.jwt) completion = result.jwt;
    }
    return completion;
  }

  #read(hash: string): Promise<Uint8Array> {
    return readArtifact(this.store, hash);
  }

  #call<T>(method: string, path: string, body?: BodyInit, bearer = this.account.apiToken): Promise<T> {
    return callCloudflare<T>(this.#base, method, path, bearer, body);
  }
}

/** The assets API's hash: sha256 of the base64 text and the extension, first 32 hex digits. */
export async function assetHash(bytes: Uint8Array, path: string): Promise<string> {
  const extension = path.includes(".") ? path.slice(path.lastIndexOf(".") + 1) : "";
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(toBase64(bytes) + extension));
  return [...new Uint8Array(digest)]
    .map((b) => b.toString(16).padStart(2, "0"))
    .join("")
    .slice(0, 32);
}
