import type { Browser } from "playwright-core";
import { beforeAll } from "vitest";
import type { Person } from "./ideDriver.ts";
import type { RunningPlatform } from "./startPlatform.ts";
import { usePeopleInIde } from "./usePeopleInIde.ts";

export interface PersonInIde {
  browser: Browser;
  platform: RunningPlatform;
  person: Person;
}

/**
 * For a test file whose journeys are one signed-up person's: starts Chromium and a platform
 * (side by side) and signs `name` up before the file's tests, hands them to `ready`, and
 * stops all of it after them, also when starting failed halfway (`usePeopleInIde`). `env`,
 * when given, is asked first for variables the platform starts with (a fake service's URL).
 */
export function usePersonInIde(
  name: string,
  ready: (started: PersonInIde) => void,
  env?: () => Promise<Record<string, string>>,
): void {
  const ide = usePeopleInIde(env);
  // After usePeopleInIde's own beforeAll, which starts Chromium and the platform.
  beforeAll(async () => {
    const person = await ide.person(name);
    ready({ browser: ide.browser(), platform: ide.platform(), person });
  });
}
