import { artifactKey, cacheControlFor, chooseEncoding, isCompressible, type ManifestFile } from "@wove/deploy";
import type { Bindings } from "../AppEnv.ts";
import { sitePage } from "./sitePage.ts";

/**
 * One static file of a site, with the headers a static host gives it: its type, an ETag
 * from its content hash (304 on a match), immutable caching for hashed names and
 * revalidation for the rest, and br or gzip when the client accepts it and the type is text.
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
  const coding = isCompressible(file.type) ? chooseEncoding(clientAcceptEncoding(request)) : null;
  if (!coding) {
    headers.set("Content-Length", String(file.size));
    return new Response(object.body, { status, headers });
  }
  // The runtime encodes the body as Content-Encoding names ("automatic" encodeBody), in
  // whichever of br and gzip the client accepts.
  headers.set("Content-Encoding", coding);
  return new Response(object.body, { status, headers });
}

/**
 * What the visitor's client accepts. The Worker's own `Accept-Encoding` is always
 * `br, gzip`: Cloudflare (and Miniflare, locally) rewrite it and keep the client's value
 * in `cf.clientAcceptEncoding`, empty when the client sent none. A request made inside the
 * Worker (no `cf`) is taken at its word.
 */
function clientAcceptEncoding(request: Request): string | null {
  const cf = request.cf as { clientAcceptEncoding?: string } | undefined;
  if (cf) return cf.clientAcceptEncoding ?? "";
  return request.headers.get("accept-encoding");
}
