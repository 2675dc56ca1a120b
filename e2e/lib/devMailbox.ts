import { findDevMailboxUrl } from "../../scripts/lib/devMailboxUrl.ts";
import type { RunningPlatform } from "./startPlatform.ts";

export interface DevMail {
  to: string;
  subject: string;
  text: string;
  html: string | null;
}

/**
 * The dev mailbox of `to`, newest first, read as a person reads it: at the URL (with this
 * start's key) the launcher printed. Every journey that reads mail goes through here.
 */
export async function readDevMailbox(platform: RunningPlatform, to: string): Promise<DevMail[]> {
  const url = new URL(await printedMailboxUrl(platform));
  url.searchParams.set("to", to);
  const res = await fetch(url);
  if (res.status !== 200) throw new Error(`the dev mailbox answered ${res.status}: ${await res.text()}`);
  return ((await res.json()) as { messages: DevMail[] }).messages;
}

/** The launcher prints the mailbox just after the API answers healthy: wait for the line. */
async function printedMailboxUrl(platform: RunningPlatform): Promise<string> {
  for (let tries = 0; tries < 100; tries++) {
    const url = findDevMailboxUrl(platform.output());
    if (url) return url;
    if (platform.process.exitCode !== null) break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`the launcher printed no dev mailbox URL\n--- launcher output ---\n${platform.output()}`);
}
