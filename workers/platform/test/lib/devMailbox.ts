import { env } from "cloudflare:workers";
import type { Bindings } from "../../src/AppEnv.ts";
import { fetchApp } from "../fetchApp.ts";

export interface DevMail {
  to: string;
  subject: string;
  text: string;
  html: string | null;
}

/**
 * The dev mailbox of `to`, newest first, read as a person who ran `npm start` reads it:
 * with the mailbox's key (test/globalSetup.ts makes one per run, as the launcher does per
 * start). Every test that reads mail goes through here.
 */
export async function readDevMailbox(to: string): Promise<DevMail[]> {
  const query = new URLSearchParams({ key: devMailboxKey(), to });
  const res = await fetchApp(`/api/dev/mailbox?${query}`);
  if (res.status !== 200) throw new Error(`the dev mailbox answered ${res.status}: ${await res.text()}`);
  return ((await res.json()) as { messages: DevMail[] }).messages;
}

/** This run's key, as the launcher would have printed it. */
export function devMailboxKey(): string {
  return (env as Bindings).DEV_MAILBOX_KEY ?? "";
}
