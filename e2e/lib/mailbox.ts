import { expect } from "vitest";

interface MailMessage {
  subject: string;
  text: string;
}

/**
 * The newest link matching `pattern` in the dev mailbox of `to`, waiting for the email to
 * land. Every journey that reads mail reads it here, so how the mailbox is reached (its URL,
 * a secret) is one place to change.
 */
export async function linkFromMailbox(origin: string, to: string, pattern: RegExp): Promise<string> {
  let link: string | undefined;
  await expect
    .poll(
      async () => {
        const res = await fetch(`${origin}/api/dev/mailbox?to=${encodeURIComponent(to)}`);
        const { messages } = (await res.json()) as { messages: MailMessage[] };
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
