import type { ArtifactStore } from "./ArtifactStore.ts";
import type { Build } from "./Build.ts";
import { buildManifest } from "./buildManifest.ts";
import { callCloudflare, CLOUDFLARE_API } from "./callCloudflare.ts";
import type { Activation, Deployer, DeployTarget, UploadPlan } from "./Deployer.ts";
import { DeployError } from "./DeployError.ts";
import type { Manifest } from "./Manifest.ts";
import { pagesAssetHash } from "./pagesAssetHash.ts";
import { readArtifact } from "./readArtifact.ts";
import { storeArtifacts } from "./storeArtifacts.ts";
import { toBase64 } from "./toBase64.ts";

export interface PagesAccount {
  accountId: string;
  apiToken: string;
  /** The Direct Upload project every site deploys into, one branch per site. */
  project: string;
  /** https://api.cloudflare.com/client/v4 unless a test points it at a fake. */
  baseUrl?: string;
}

/** Pages' limits on one upload request, as wrangler keeps to them: 5,000 files, 50 MiB. */
const MAX_BUCKET_FILES = 5000;
const MAX_BUCKET_BYTES = 50 * 1024 * 1024;

/**
 * What a taken-down site serves: with only a 404.html, Pages answers every path 404 with
 * it (a deployment with no files at all would fall back to Pages' single-page-app mode).
 */
const TAKEN_DOWN: PagesFiles = new Map([
  [
    "/404.html",
    {
      bytes: new TextEncoder().encode("<!doctype html><title>No site here</title><h1>Nothing is deployed here</h1>"),
      type: "text/html; charset=utf-8",
    },
  ],
]);

/** Files by URL path, as Pages takes them. */
type PagesFiles = ReadonlyMap<string, { bytes: Uint8Array; type: string }>;
/** An upload in progress: the JWT the asset endpoints want, and each file's Pages hash. */
type Session = { jwt: string; files: PagesFiles; hashes: Record<string, string> };
type PagesDeployment = { id: string; url: string; aliases?: string[] | null };

/**
 * Production deploys through Cloudflare Pages Direct Upload, into one Pages project with a
 * branch per site (so a site lives at its branch alias, `https://<site>.<project>.pages.dev`).
 * The flow is wrangler's: an upload JWT for the project, each file hashed the Pages way
 * (`pagesAssetHash`), `check-missing` so unchanged files are not sent again, the missing
 * ones uploaded in buckets, `upsert-hashes` so Pages keeps them, then a deployment whose
 * manifest maps URL paths to hashes. Creating the deployment is what goes live, so
 * `activate` does it; rollback deploys an earlier manifest again. Pages runs no Worker of
 * ours here: Worker and full-stack projects need Workers for Platforms.
 */
export class PagesDeployer implements Deployer {
  readonly name = "pages";
  readonly #base: string;
  /** Hashes staged by `upload`, for the `activate` that follows, by deployment. */
  readonly #staged = new Map<string, Record<string, string>>();

  constructor(
    private readonly account: PagesAccount,
    private readonly store: ArtifactStore,
  ) {
    this.#base = account.baseUrl ?? CLOUDFLARE_API;
  }

  async prepare(target: DeployTarget, build: Build, log: (line: string) => void): Promise<UploadPlan> {
    if (build.worker) {
      throw new DeployError(
        `Cloudflare Pages deploys static sites only, and this is a ${build.detection.kind} project: ` +
          "set DISPATCH_NAMESPACE to deploy Workers through Workers for Platforms, or set the project's kind to static",
      );
    }
    const session = await this.#open(new Map(build.files.map((f) => [f.urlPath, f])));
    const missing = await this.#checkMissing(session);
    log(`Cloudflare Pages lacks ${missing.size} of ${build.files.length} file(s)`);
    return { target, build, missing, session };
  }

  async upload(plan: UploadPlan, log: (line: string) => void): Promise<Manifest> {
    const session = plan.session as Session;
    // A later rollback reads this version's files back from the store, built ones included.
    await storeArtifacts(this.store, plan.build);
    await this.#send(session, plan.missing);
    log(`Uploaded ${plan.missing.size} file(s) to Cloudflare Pages`);
    const manifest = buildManifest(plan.target, plan.build);
    this.#staged.set(manifest.deploymentId, session.hashes);
    return manifest;
  }

  async activate(site: string, manifest: Manifest, log: (line: string) => void): Promise<Activation> {
    let hashes = this.#staged.get(manifest.deploymentId);
    this.#staged.delete(manifest.deploymentId);
    // An earlier version (rollback, rename): Pages forgets hashes nobody upserted for a
    // while, so its files go through check-missing again, from the artifact store.
    hashes ??= await this.#stage(await this.#filesOf(manifest));
    const url = await this.#deploy(site, hashes);
    log(`${site} now serves version ${manifest.version} on Cloudflare Pages at ${url}`);
    return { url };
  }

  async rollback(site: string, to: Manifest | null, log: (line: string) => void): Promise<void> {
    if (to) {
      await this.activate(site, to, log);
      return;
    }
    await this.#deploy(site, await this.#stage(TAKEN_DOWN));
    log(`${site} serves nothing on Cloudflare Pages: there is no earlier version`);
  }

  /** Every step up to the deployment, for files not already staged by prepare and upload. */
  async #stage(files: PagesFiles): Promise<Record<string, string>> {
    const session = await this.#open(files);
    await this.#send(session, await this.#checkMissing(session));
    return session.hashes;
  }

  async #open(files: PagesFiles): Promise<Session> {
    const { jwt } = await this.#call<{ jwt: string }>("GET", `${this.#projectPath()}/upload-token`);
    const hashes: Record<string, string> = {};
    for (const [path, { bytes }] of files) hashes[path] = pagesAssetHash(bytes, path);
    return { jwt, files, hashes };
  }

  async #checkMissing(session: Session): Promise<Set<string>> {
    const hashes = [...new Set(Object.values(session.hashes))];
    const missing = await this.#call<string[]>(
      "POST",
      "/pages/assets/check-missing",
      JSON.stringify({ hashes }),
      session.jwt,
    );
    return new Set(missing);
  }

  /** Uploads the missing files in buckets, then upserts every hash so Pages keeps them. */
  async #send(session: Session, missing: ReadonlySet<string>): Promise<void> {
    const byHash = new Map<string, { key: string; value: string; metadata: { contentType: string }; base64: true }>();
    for (const [path, { bytes, type }] of session.files) {
      const key = session.hashes[path] ?? "";
      if (missing.has(key) && !byHash.has(key))
        byHash.set(key, { key, value: toBase64(bytes), metadata: { contentType: type }, base64: true });
    }
    for (const bucket of packBuckets([...byHash.values()])) {
      await this.#call("POST", "/pages/assets/upload", JSON.stringify(bucket), session.jwt);
    }
    const hashes = [...new Set(Object.values(session.hashes))];
    await this.#call("POST", "/pages/assets/upsert-hashes", JSON.stringify({ hashes }), session.jwt);
  }

  /** Creates the branch's deployment; answers where it is reachable (the branch alias first). */
  async #deploy(site: string, hashes: Record<string, string>): Promise<string> {
    const form = new FormData();
    form.set("manifest", JSON.stringify(hashes));
    form.set("branch", site);
    const deployment = await this.#call<PagesDeployment>("POST", `${this.#projectPath()}/deployments`, form);
    return deployment.aliases?.[0] ?? deployment.url;
  }

  async #filesOf(manifest: Manifest): Promise<PagesFiles> {
    const entries = await Promise.all(
      Object.entries(manifest.files).map(
        async ([path, file]) => [path, { bytes: await readArtifact(this.store, file.hash), type: file.type }] as const,
      ),
    );
    return new Map(entries);
  }

  #projectPath(): string {
    return `/accounts/${this.account.accountId}/pages/projects/${encodeURIComponent(this.account.project)}`;
  }

  #call<T>(method: string, path: string, body?: BodyInit, bearer = this.account.apiToken): Promise<T> {
    return callCloudflare<T>(this.#base, method, path, bearer, body);
  }
}

/** Largest first into the first bucket with room, so a few big files do not leave many small requests. */
function packBuckets<T extends { value: string }>(items: T[]): T[][] {
  const buckets: Array<{ items: T[]; bytes: number }> = [];
  for (const item of [...items].sort((a, b) => b.value.length - a.value.length)) {
    const size = item.value.length;
    const bucket = buckets.find((b) => b.items.length < MAX_BUCKET_FILES && b.bytes + size <= MAX_BUCKET_BYTES);
    if (bucket) {
      bucket.items.push(item);
      bucket.bytes += size;
    } else buckets.push({ items: [item], bytes: size });
  }
  return buckets.map((b) => b.items);
}
