const ALGORITHMS: Record<string, string> = { sha512: "SHA-512", sha384: "SHA-384", sha256: "SHA-256", sha1: "SHA-1" };

/**
 * Whether `bytes` match a Subresource Integrity string (`sha512-<base64>`, several
 * separated by spaces: any one matching is enough, the strongest known one is checked),
 * with SubtleCrypto, which the browser and workerd both have. An integrity naming no
 * algorithm we know never matches.
 */
export async function verifyIntegrity(bytes: Uint8Array, integrity: string): Promise<boolean> {
  const candidates = integrity
    .trim()
    .split(/\s+/)
    .map((item) => /^(sha512|sha384|sha256|sha1)-([A-Za-z0-9+/=]+)/.exec(item))
    .filter((match): match is RegExpExecArray => match !== null);
  const order = Object.keys(ALGORITHMS);
  candidates.sort((a, b) => order.indexOf(a[1] ?? "") - order.indexOf(b[1] ?? ""));
  const [best] = candidates;
  if (!best?.[1] || !best[2]) return false;
  const digest = new Uint8Array(
    await crypto.subtle.digest(ALGORITHMS[best[1]] ?? "", bytes as Uint8Array<ArrayBuffer>),
  );
  return candidates.some((c) => c[1] === best[1] && c[2] === toBase64(digest));
}

/** `sha512-<base64>` of `bytes`, as npm writes `dist.integrity`. */
export async function integrityOf(bytes: Uint8Array): Promise<string> {
  return `sha512-${toBase64(new Uint8Array(await crypto.subtle.digest("SHA-512", bytes as Uint8Array<ArrayBuffer>)))}`;
}

function toBase64(bytes: Uint8Array): string {
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}
