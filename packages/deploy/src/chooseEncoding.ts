/** The content codings a site's static files are sent in, besides identity. */
export type ContentCoding = "br" | "gzip";

/** Ours, in order of preference when the client weighs them equally: br is smaller. */
const OFFERED: readonly ContentCoding[] = ["br", "gzip"];

/**
 * The coding to send a response in for a client's `Accept-Encoding` (RFC 9110 §12.5.3),
 * or null for identity. No header means the client asked for nothing: identity, since
 * curl, scripts and health checkers that send none cannot be assumed to decode gzip.
 * `q=0` refuses a coding, `*` stands for any coding not named, and the highest q wins.
 *
 * Workers see `Accept-Encoding: br, gzip` whatever the client sent (Cloudflare, and
 * Miniflare after it, rewrite it); the client's own value is `request.cf.clientAcceptEncoding`.
 */
export function chooseEncoding(acceptEncoding: string | null | undefined): ContentCoding | null {
  if (!acceptEncoding?.trim()) return null;
  const weights = new Map<string, number>();
  for (const part of acceptEncoding.split(",")) {
    const [name = "", ...params] = part.trim().toLowerCase().split(";");
    if (!name) continue;
    const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
    const weight = q === undefined ? 1 : Number(q.slice(2));
    weights.set(name.trim(), Number.isFinite(weight) ? weight : 0);
  }
  const weightOf = (coding: string) => weights.get(coding) ?? weights.get("*") ?? 0;
  let best: ContentCoding | null = null;
  for (const coding of OFFERED) {
    if (weightOf(coding) > 0 && (best === null || weightOf(coding) > weightOf(best))) best = coding;
  }
  return best;
}
