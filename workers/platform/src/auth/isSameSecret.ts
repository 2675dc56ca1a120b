/**
 * Whether `given` is the secret `expected`. Both are hashed first and the digests compared
 * byte by byte to the end, so the time taken says nothing about how much of a guess was
 * right (or how long the secret is). No secret configured matches nothing.
 */
export async function isSameSecret(expected: string | undefined, given: string | undefined): Promise<boolean> {
  if (!expected || !given) return false;
  const [a, b] = await Promise.all([digest(expected), digest(given)]);
  let difference = 0;
  for (let i = 0; i < a.length; i++) difference |= (a[i] ?? 0) ^ (b[i] ?? 0);
  return difference === 0;
}

async function digest(text: string): Promise<Uint8Array> {
  return new Uint8Array(await crypto.subtle.digest("SHA-256", new TextEncoder().encode(text)));
}
