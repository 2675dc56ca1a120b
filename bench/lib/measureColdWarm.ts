import type { BrowserContext } from "playwright-core";
import { measurePageLoad, type LoadOptions, type LoadSample } from "./measurePageLoad.ts";
import { withTeardown } from "./withTeardown.ts";

/** One value for each side of a comparison. */
export interface Pair<T> {
  subject: T;
  reference: T;
}

export type Side = keyof Pair<unknown>;

const SIDES: readonly Side[] = ["subject", "reference"];

export interface LoadSite {
  url: string;
  /** A browser context as a first visit finds it: empty HTTP cache, no service worker, no IndexedDB. */
  newContext(): Promise<BrowserContext>;
  /** After a first visit in `context`: what must finish before later visits are warm (a service worker). */
  warmUp?(context: BrowserContext): Promise<void>;
}

/**
 * `repeats` cold loads of each site, each in a fresh context, then `repeats` warm loads
 * in each site's last cold context (once its `warmUp` is done), each in a new tab. The
 * sides take turns load by load, so a change in the machine's load hits both alike.
 */
export async function measureColdWarm(
  sites: Pair<LoadSite>,
  repeats: number,
  options: LoadOptions,
): Promise<Pair<{ cold: LoadSample[]; warm: LoadSample[] }>> {
  return withTeardown(async (defer) => {
    const kept: Partial<Pair<BrowserContext>> = {};
    const cold = await alternate(repeats, async (side, i) => {
      const context = await sites[side].newContext();
      const last = i === repeats - 1;
      if (last) {
        kept[side] = context;
        defer(() => context.close());
      }
      try {
        return await measurePageLoad(context, sites[side].url, options);
      } finally {
        if (!last) await context.close();
      }
    });
    const contexts: Pair<BrowserContext> = { subject: required(kept.subject), reference: required(kept.reference) };
    for (const side of SIDES) await sites[side].warmUp?.(contexts[side]);
    const warm = await alternate(repeats, (side) => measurePageLoad(contexts[side], sites[side].url, options));
    return {
      subject: { cold: cold.subject, warm: warm.subject },
      reference: { cold: cold.reference, warm: warm.reference },
    };
  });
}

/** Runs `measure` `repeats` times for each side, the sides taking turns (subject first). */
export async function alternate<T>(
  repeats: number,
  measure: (side: Side, index: number) => Promise<T>,
): Promise<Pair<T[]>> {
  const results: Pair<T[]> = { subject: [], reference: [] };
  for (let i = 0; i < repeats; i++) {
    for (const side of SIDES) results[side].push(await measure(side, i));
  }
  return results;
}

function required<T>(value: T | undefined): T {
  if (value === undefined) throw new Error("measureColdWarm needs at least one repeat");
  return value;
}
