import { readDevMailbox } from "./devMailbox.ts";
import { platformAt } from "./startPlatform.ts";

/**
 * The newest link matching `pattern` in the dev mailbox of `to`, waiting for the email to
 * land, from the dev mailbox of the platform this run started at `origin` (with the key its
 * launcher printed: devMailbox.ts).
 */
export async function linkFromMailbox(origin: string, to: string, pattern: RegExp): Promise<string> {
  // A plain loop, not expect.poll: people are signed up in beforeAll hooks and by the
  // benchmarks, outside any test.
  const deadline = Date.now() + MAIL_TIMEOUT_MS;
  for (;;) {
    const messages = await readDevMailbox(platformAt(origin), to);
    const link = messages.flatMap((m) => m.text.match(/https?:\/\/\S+/g) ?? []).find((url) => pattern.test(url));
    if (link) return link;
    if (Date.now() > deadline) throw new Error(`no email to ${to} with a link matching ${pattern} within 15 s`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

const MAIL_TIMEOUT_MS = 15_000;

/** The link that confirms `to`'s new account (and signs in whoever follows it). */
export const confirmationLink = (origin: string, to: string) =>
  linkFromMailbox(origin, to, /\/api\/auth\/verify-email\?/);
