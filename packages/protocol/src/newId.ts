const ALPHABET = "0123456789abcdefghjkmnpqrstvwxyz";

/**
 * A random id: `length` characters of Crockford base32 (5 bits each; 16 = 80 bits), safe in
 * URLs and DNS labels. Projects, invitations and files all use it.
 */
export function newId(length = 16): string {
  const bytes = crypto.getRandomValues(new Uint8Array(length));
  let id = "";
  for (const byte of bytes) id += ALPHABET[byte & 31];
  return id;
}
