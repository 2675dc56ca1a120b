import type { Browser, BrowserContextOptions } from "playwright-core";
import { afterAll, beforeAll } from "vitest";
import { newPerson, type Person } from "./ideDriver.ts";
import { launchChromium } from "./launchChromium.ts";
import { startPlatform, type RunningPlatform } from "./startPlatform.ts";

export interface PeopleInIde {
  browser: () => Browser;
  platform: () => RunningPlatform;
  /** Signs a new person up in a browser context of their own, closed after the file's tests. */
  person: (name: string, options?: BrowserContextOptions) => Promise<Person>;
}

/**
 * For a test file whose journeys sign people up as they go: starts Chromium and a platform
 * (side by side) before the file's tests and stops them, and every person's context, after.
 * `env`, when given, is asked first for variables the platform starts with (a fake
 * service's URL).
 */
export function usePeopleInIde(env?: () => Promise<Record<string, string>>): PeopleInIde {
  let browser: Browser | undefined;
  let platform: RunningPlatform | undefined;
  const people: Person[] = [];

  beforeAll(async () => {
    const platformEnv = env ? await env() : undefined;
    const [launched, started] = await Promise.allSettled([launchChromium(), startPlatform({ env: platformEnv })]);
    if (launched.status === "fulfilled") browser = launched.value;
    if (started.status === "fulfilled") platform = started.value;
    if (launched.status === "rejected") throw launched.reason;
    if (started.status === "rejected") throw started.reason;
  });

  afterAll(async () => {
    for (const person of people) await person.context.close().catch(() => undefined);
    await browser?.close();
    await platform?.stop();
  });

  const started = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error("usePeopleInIde: Chromium and the platform start in beforeAll");
    return value;
  };
  return {
    browser: () => started(browser),
    platform: () => started(platform),
    person: async (name, options) => {
      const person = await newPerson(started(browser), started(platform).origin, name, options);
      people.push(person);
      return person;
    },
  };
}
