import type { Context } from "hono";
import { z } from "zod";
import type { AppEnv } from "../AppEnv.ts";
import { logError } from "../log.ts";

/** What the web app sends when it catches an error it could not handle. */
export const clientErrorSchema = z.object({
  message: z.string().min(1).max(2_000),
  stack: z.string().max(16_000).optional(),
  /** The page the error happened on; query strings are dropped before logging. */
  url: z.url().max(2_000),
  release: z.string().max(100).optional(),
});

type Input = { in: { json: z.input<typeof clientErrorSchema> }; out: { json: z.output<typeof clientErrorSchema> } };

/**
 * `POST /api/client-errors`: the PWA reports uncaught errors here so they reach the same
 * logs as the Worker's. Answers 204; the report is logged, never echoed.
 */
export function reportClientError(c: Context<AppEnv, string, Input>): Response {
  const report = c.req.valid("json");
  const page = new URL(report.url);
  logError("client error", new ClientError(report.message, report.stack), {
    page: page.origin + page.pathname,
    release: report.release,
  });
  return c.body(null, 204);
}

class ClientError extends Error {
  override name = "ClientError";
  constructor(message: string, stack: string | undefined) {
    super(message);
    this.stack = stack;
  }
}
