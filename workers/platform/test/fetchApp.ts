import { createExecutionContext, waitOnExecutionContext } from "cloudflare:test";
import { env } from "cloudflare:workers";
import type { Bindings } from "../src/AppEnv.ts";
import { app } from "../src/index.ts";

/**
 * Sends a request through the real app with the test environment, optionally changing
 * some bindings (to see how the platform behaves when a part is missing or down).
 */
export async function fetchApp(
  input: string,
  init?: RequestInit,
  overrides: Partial<Record<keyof Bindings, unknown>> = {},
): Promise<Response> {
  const ctx = createExecutionContext();
  const res = await app.fetch(
    new Request(new URL(input, "http://wove.test"), init),
    { ...env, ...overrides } as Env,
    ctx,
  );
  await waitOnExecutionContext(ctx);
  return res;
}
