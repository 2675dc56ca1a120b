import type { Browser } from "playwright-core";
import { afterAll, beforeAll } from "vitest";
import { newPerson, type Person } from "./ideDriver.ts";
import { launchChromium } from "./launchChromium.ts";
import { startPlatform, type RunningPlatform } from "./startPlatform.ts";

export interface PersonInIde {
  browser: Browser;
  platform: RunningPlatform;
  person: Person;
}

/**
 * For a test file whose journeys are one signed-up person's: starts Chromium and a platform
 * (side by side) and signs `name` up before the file's tests, hands them to `ready`, and
 * stops all of it after them, also when starting failed halfway. `env`, when given, is
 * asked first for variables the platform starts with (a fake service's URL).
 */
export function usePersonInIde(
  name: string,
  ready: (started: PersonInIde) => void,
  env?: () => Promise<Record<string, string>>,
): void {
  let browser: Browser | undefined;
  let platform: RunningPlatform | undefined;
  let person: Person | undefined;

  beforeAll(async () => {
    const platformEnv = env ? await env() : undefined;
    const [launched, started] = await Promise.allSettled([launchChromium(), startPlatform({ env: platformEnv })]);
    if (launched.status === "fulfilled") browser = launched.value;
    if (started.status === "fulfilled") platform = started.value;
    if (launched.status === "rejected") throw launched.reason;
    if (started.status === "rejected") throw started.reason;
    person = await newPerson(launched.value, started.value.origin, name);
    ready({ browser: launched.value, platform: started.value, person });
  });

  afterAll(async () => {
    await person?.context.close().catch(() => undefined);
    await browser?.close();
    await platform?.stop();
  });
}
