import type { AiEvent } from "@wove/ai";
import { inject } from "vitest";
import type { Behaviour, RecordedRequest } from "../../../../packages/ai/src/test/startFakeServer.ts";

/** The fake vendors test/globalSetup.ts started, by the provider id the router uses. */
const baseUrls = {
  anthropic: inject("anthropicBaseUrl"),
  openai: inject("openAiBaseUrl"),
  google: inject("googleBaseUrl"),
  local: inject("localAiBaseUrl"),
};
export type FakeVendor = keyof typeof baseUrls;

const control = (vendor: FakeVendor, path: string) => new URL(`/__fake/${path}`, baseUrls[vendor]).toString();

/**
 * A marker for one test's prompts: fakes apply queued behaviours, and list requests, only for
 * prompts containing it, so test files running side by side never take each other's.
 */
export const newMarker = () => `[test ${crypto.randomUUID()}]`;

/** Queues what a fake does with its next requests whose prompt contains `marker`. */
export async function queueBehaviours(vendor: FakeVendor, marker: string, ...behaviours: Behaviour[]): Promise<void> {
  const res = await fetch(control(vendor, "next"), {
    method: "POST",
    body: JSON.stringify({ match: marker, behaviours }),
  });
  if (!res.ok) throw new Error(`fake ${vendor} refused behaviours: ${await res.text()}`);
}

/** Lets the fake's answers held at `gate` (a behaviour's `holdAt`) go on. */
export async function releaseHeld(vendor: FakeVendor, gate: string): Promise<void> {
  const res = await fetch(control(vendor, "release"), { method: "POST", body: JSON.stringify({ gate }) });
  if (!res.ok) throw new Error(`fake ${vendor} did not release ${gate}: ${await res.text()}`);
}

/** The requests a fake received whose prompt contains `marker`, and every malformed one it saw. */
export async function requestsTo(
  vendor: FakeVendor,
  marker: string,
): Promise<{ requests: RecordedRequest[]; problems: string[] }> {
  const res = await fetch(`${control(vendor, "requests")}?match=${encodeURIComponent(marker)}`);
  return res.json();
}

/** Makes a fake accept another key, as a person's own key would be accepted by the vendor. */
export async function acceptKey(vendor: FakeVendor, apiKey: string): Promise<void> {
  await fetch(control(vendor, "keys"), { method: "POST", body: JSON.stringify({ apiKey }) });
}

/** Reads a whole `text/event-stream` answer into its events. */
export async function readEvents(res: Response): Promise<AiEvent[]> {
  return parseEvents(await res.text());
}

export function parseEvents(text: string): AiEvent[] {
  return text
    .split("\n\n")
    .filter((frame) => frame.startsWith("data: "))
    .map((frame) => JSON.parse(frame.slice("data: ".length)) as AiEvent);
}

/** A chat request body asking `question`, tagged with `marker`. */
export const ask = (marker: string, extra: Record<string, unknown> = {}) => ({
  messages: [{ role: "user", content: `Say hello ${marker}` }],
  ...extra,
});
