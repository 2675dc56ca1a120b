import { expect } from "vitest";
import { readDevMailbox } from "./devMailbox.ts";
import { platformAt } from "./startPlatform.ts";

/**
 * The newest link matching `pattern` in the dev mailbox of `to`, waiting for the email to
 * land, from the dev mailbox of the platform this run started at `origin` (with the key its
 * launcher printed: devMailbox.ts).
 */
export async function linkFromMailbox(origin: string, to: string, pattern: RegExp): Promise<string> {
  let link: string | undefined;
  await expect
    .poll(
      async () => {
        const messages = await readDevMailbox(platformAt(origin), to);
        link = messages.flatMap((m) => m.text.match(/https?:\/\/\S+/g) ?? []).find((url) => pattern.test(url));
        return link;
      },
      { timeout: 15_000 },
    )
    .toBeDefined();
  return link ?? "";
}

/** The link that confirms `to`'s new account (and signs in whoever follows it). */
export const confirmationLink = (origin: string, to: string) =>
  linkFromMailbox(origin, to, /\/api\/auth\/verify-email\?/);
