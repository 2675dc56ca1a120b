import { isSameSecret } from "../auth/isSameSecret.ts";

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

/** Whether `given` is the launcher's key (compared in constant time: auth/isSameSecret.ts). */
export const isDevMailboxKey = isSameSecret;
