import { artifactKey, cacheControlFor, isCompressible, type ManifestFile } from "@wove/deploy";
import type { Bindings } from "../AppEnv.ts";
import { sitePage } from "./sitePage.ts";

/**
 * One static file of a site, with the headers a static host gives it: its type, an ETag
 * from its content hash (304 on a match), immutable caching for hashed names and
 * revalidation for the rest, and gzip when the client accepts it and the type is text.
 */
export async function serveSiteFile(
  env: Bindings,
  request: Request,
  path: string,
  file: ManifestFile,
  status: 200 | 404,
): Promise<Response> {
  const etag = `"${file.hash}"`;
  const headers = new Headers({
    "Content-Type": file.type,
    ETag: etag,
    "Cache-Control": status === 404 ? "no-store" : cacheControlFor(path),
    "X-Content-Type-Options": "nosniff",
    Vary: "Accept-Encoding",
  });
  if (status === 200 && request.headers.get("if-none-match") === etag)
    return new Response(null, { status: 304, headers });
  const object = request.method === "HEAD" ? null : await env.BLOBS.get(artifactKey(file.hash));
  if (request.method === "HEAD") {
    headers.set("Content-Length", String(file.size));
    return new Response(null, { status, headers });
  }
  if (!object)
    return sitePage(500, "This site is damaged", `${path} is missing from storage; deploy the project again.`);
  const gzip = isCompressible(file.type) && /\bgzip\b/.test(request.headers.get("accept-encoding") ?? "");
  if (!gzip) {
    headers.set("Content-Length", String(file.size));
    return new Response(object.body, { status, headers });
  }
  headers.set("Content-Encoding", "gzip");
  // "manual": the body is already gzip; the runtime must pass it through, not encode it again.
  return new Response(object.body.pipeThrough(new CompressionStream("gzip")), {
    status,
    headers,
    encodeBody: "manual",
  });
}
