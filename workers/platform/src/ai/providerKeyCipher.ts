/**
 * Provider keys at rest: AES-256-GCM under a key derived (HKDF-SHA-256) from the Worker
 * secret AI_KEYS_SECRET. The owner and provider are the associated data, so a sealed key
 * copied to another person's row, or another provider's, does not open.
 *
 *   sealed = "v1." + base64(iv, 12 bytes) + "." + base64(ciphertext with its 16-byte tag)
 */

const VERSION = "v1";
const encoder = new TextEncoder();

async function deriveKey(secret: string): Promise<CryptoKey> {
  const material = await crypto.subtle.importKey("raw", encoder.encode(secret), "HKDF", false, ["deriveKey"]);
  return crypto.subtle.deriveKey(
    { name: "HKDF", hash: "SHA-256", salt: new Uint8Array(0), info: encoder.encode("wove provider keys v1") },
    material,
    { name: "AES-GCM", length: 256 },
    false,
    ["encrypt", "decrypt"],
  );
}

const associated = (userId: string, provider: string) => encoder.encode(`${userId}\u0000${provider}`);

export async function sealProviderKey(secret: string, owner: { userId: string; provider: string }, apiKey: string) {
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const ciphertext = await crypto.subtle.encrypt(
    { name: "AES-GCM", iv, additionalData: associated(owner.userId, owner.provider) },
    await deriveKey(secret),
    encoder.encode(apiKey),
  );
  return `${VERSION}.${toBase64(iv)}.${toBase64(new Uint8Array(ciphertext))}`;
}

/** The key, or null when it does not open (another secret, another row, or tampered). */
export async function openProviderKey(
  secret: string,
  owner: { userId: string; provider: string },
  sealed: string,
): Promise<string | null> {
  const [version, iv, ciphertext] = sealed.split(".");
  if (version !== VERSION || !iv || !ciphertext) return null;
  try {
    const plain = await crypto.subtle.decrypt(
      { name: "AES-GCM", iv: fromBase64(iv), additionalData: associated(owner.userId, owner.provider) },
      await deriveKey(secret),
      fromBase64(ciphertext),
    );
    return new TextDecoder().decode(plain);
  } catch {
    return null;
  }
}

function toBase64(bytes: Uint8Array): string {
  return btoa(String.fromCharCode(...bytes));
}

function fromBase64(text: string): Uint8Array {
  return Uint8Array.from(atob(text), (c) => c.charCodeAt(0));
}
