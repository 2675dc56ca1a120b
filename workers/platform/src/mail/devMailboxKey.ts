/**
 * The dev mailbox holds every magic link the local platform sent, so it answers only to
 * whoever has the key `npm start` makes per start (DEV_MAILBOX_KEY) and prints in the
 * mailbox's URL: not to deployed code or a page that merely reaches the platform.
 */

/**
 * Visiting the printed URL leaves the key in this cookie (HttpOnly, this path only), so
 * the IDE's own link to the mailbox, which cannot know the key, works in that browser.
 */
export const DEV_MAILBOX_COOKIE = "wove_dev_mailbox";

/**
 * Whether `given` is the launcher's key. Both are hashed first and the digests compared
 * byte by byte to the end, so the time taken says nothing about how much of a guess was
 * right (or how long the key is). No key configured means no mailbox.
 */
export async function isDevMailboxKey(expected: string | undefined, given: string | undefined): Promise<boolean> {
  if (!expected || !given) return false;
  const [a, b] = await Promise.all([digest(expected), digest(given)]);
  let difference = 0;
  for (let i = 0; i < a.length; i++) difference |= (a[i] ?? 0) ^ (b[i] ?? 0);
  return difference === 0;
}

async function digest(text: string): Promise<Uint8Array> {
  return new Uint8Array(await crypto.subtle.digest("SHA-256", new TextEncoder().encode(text)));
}
