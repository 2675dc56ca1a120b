import type { IncomingMessage } from "node:http";
import { pagesAssetHash } from "../pagesAssetHash.ts";

export type Answer = (status: number, result: unknown, error?: string) => void;

export interface FakePagesDeployment {
  id: string;
  branch: string;
  /** URL path → Pages hash, as the deployment's manifest said. */
  manifest: Record<string, string>;
}

/** wrangler's limits on one upload request; the real API refuses larger ones. */
const MAX_BUCKET_FILES = 5000;
const MAX_BUCKET_BYTES = 50 * 1024 * 1024;
const HASH = /^[0-9a-f]{32}$/;

/**
 * The Pages Direct Upload endpoints of the Cloudflare fake (see startCloudflareFake): the
 * project's upload token, the asset endpoints that take that JWT as their bearer token
 * (check-missing, upload, upsert-hashes), and the deployment that takes the API token and
 * a multipart manifest. Every request's method, auth and body is checked, and a
 * deployment is refused unless each file was uploaded and hashed the way Pages hashes it.
 */
export function fakePagesApi(expected: { accountId: string; apiToken: string; pagesProject?: string }) {
  const assets = new Map<string, { bytes: Buffer; contentType: string }>(); // Pages hash → file
  const upserted = new Set<string>();
  const jwts = new Set<string>();
  const deployments: FakePagesDeployment[] = [];
  const uploads: string[][] = []; // the keys of each upload request, in order
  let counter = 0;
  const projectPath = `/client/v4/accounts/${expected.accountId}/pages/projects/${expected.pagesProject}`;

  /** Answers a Pages request and says true, or says false for the next handler to try. */
  async function handle(req: IncomingMessage, url: URL, request: Request, answer: Answer): Promise<boolean> {
    const auth = req.headers.authorization ?? "";
    const isJson = req.headers["content-type"]?.includes("application/json") ?? false;
    const asset = /^\/client\/v4\/pages\/assets\/(check-missing|upload|upsert-hashes)$/.exec(url.pathname);
    if (asset) {
      if (req.method !== "POST" || !isJson) answer(400, null, "POST JSON expected");
      else if (!jwts.has(auth.replace(/^Bearer /, "")))
        answer(401, null, "the asset endpoints need the project's upload JWT as their bearer token");
      else await handleAsset(asset[1] ?? "", await request.json(), answer);
      return true;
    }
    if (!url.pathname.startsWith(`/client/v4/accounts/${expected.accountId}/pages/projects/`)) return false;
    if (auth !== `Bearer ${expected.apiToken}`) answer(403, null, "Authentication error");
    else if (!expected.pagesProject || !url.pathname.startsWith(`${projectPath}/`))
      answer(404, null, "Project not found. The specified project name does not match any of your existing projects.");
    else if (url.pathname === `${projectPath}/upload-token` && req.method === "GET") {
      const jwt = `pages-jwt-${++counter}`;
      jwts.add(jwt);
      answer(200, { jwt });
    } else if (url.pathname === `${projectPath}/deployments` && req.method === "POST") {
      if (!req.headers["content-type"]?.startsWith("multipart/form-data"))
        answer(400, null, "multipart/form-data expected");
      else answer(...(await createDeployment(await request.formData())));
    } else answer(404, null, `No route for ${req.method} ${url.pathname}`);
    return true;
  }

  async function handleAsset(endpoint: string, body: unknown, answer: Answer): Promise<void> {
    if (endpoint === "upload") return answer(...upload(body));
    const hashes = (body as { hashes?: unknown } | null)?.hashes;
    if (!Array.isArray(hashes) || !hashes.every((h) => typeof h === "string" && HASH.test(h)))
      return answer(400, null, "hashes must be a list of 32 hex digit hashes");
    if (endpoint === "check-missing")
      return answer(
        200,
        hashes.filter((h) => !assets.has(h)),
      );
    const unknown = hashes.filter((h) => !assets.has(h));
    if (unknown.length) return answer(400, null, `upserting hashes never uploaded: ${unknown.join(", ")}`);
    for (const hash of hashes) upserted.add(hash);
    answer(200, null);
  }

  function upload(body: unknown): [number, unknown, string?] {
    if (!Array.isArray(body) || !body.length) return [400, null, "a non-empty list of files expected"];
    if (body.length > MAX_BUCKET_FILES) return [400, null, `more than ${MAX_BUCKET_FILES} files in one upload`];
    let bytes = 0;
    for (const file of body as Array<Record<string, unknown>>) {
      const { key, value, metadata, base64 } = file;
      const contentType = (metadata as { contentType?: unknown } | undefined)?.contentType;
      if (typeof key !== "string" || !HASH.test(key)) return [400, null, `bad key ${String(key)}`];
      if (base64 !== true || typeof value !== "string" || !/^[A-Za-z0-9+/]*={0,2}$/.test(value))
        return [400, null, `${key}: value must be base64 with base64: true`];
      if (typeof contentType !== "string" || !contentType) return [400, null, `${key}: metadata.contentType missing`];
      bytes += value.length;
      assets.set(key, { bytes: Buffer.from(value, "base64"), contentType });
    }
    if (bytes > MAX_BUCKET_BYTES) return [400, null, "more than 50 MiB in one upload"];
    uploads.push((body as Array<{ key: string }>).map((f) => f.key));
    return [200, { successful_key_count: body.length, unsuccessful_keys: [] }];
  }

  async function createDeployment(form: FormData): Promise<[number, unknown, string?]> {
    const rawManifest = form.get("manifest");
    const branch = form.get("branch");
    if (typeof rawManifest !== "string") return [400, null, "manifest field missing"];
    if (typeof branch !== "string" || !branch) return [400, null, "branch field missing"];
    const manifest = JSON.parse(rawManifest) as Record<string, string>;
    for (const [path, hash] of Object.entries(manifest)) {
      const file = assets.get(hash);
      if (!path.startsWith("/")) return [400, null, `manifest path ${path} must start with /`];
      if (!file || !upserted.has(hash)) return [400, null, `${path}: ${hash} was not uploaded and upserted`];
      if (pagesAssetHash(file.bytes, path) !== hash) return [400, null, `${path}: ${hash} is not its Pages hash`];
    }
    const id = `${(++counter).toString(16).padStart(8, "0")}-deployment`;
    deployments.push({ id, branch, manifest });
    const host = `${expected.pagesProject}.pages.dev`;
    return [200, { id, url: `https://${id.slice(0, 8)}.${host}`, aliases: [`https://${branch}.${host}`] }];
  }

  /** What a visitor to the branch's alias gets now: the latest deployment's files. */
  function served(branch: string): Record<string, string> | undefined {
    const latest = deployments.findLast((d) => d.branch === branch);
    if (!latest) return undefined;
    return Object.fromEntries(
      Object.entries(latest.manifest).map(([path, hash]) => [path, assets.get(hash)?.bytes.toString() ?? ""]),
    );
  }

  return { handle, assets, deployments, uploads, served };
}
