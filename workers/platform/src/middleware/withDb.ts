import { createDb, type Database } from "@wove/db";
import type { MiddlewareHandler } from "hono";
import type { AppEnv } from "../AppEnv.ts";

/**
 * Gives handlers `c.get("db")()`, which opens a pool on first use. A Worker's sockets
 * cannot outlive the request that opened them, so the pool is closed after the response
 * (without holding the response back).
 */
export const withDb: MiddlewareHandler<AppEnv> = async (c, next) => {
  let opened: ReturnType<typeof createDb> | undefined;
  c.set("db", (): Database => {
    opened ??= createDb(c.env);
    return opened.db;
  });
  try {
    await next();
  } finally {
    // A pool whose connection failed rejects on end() too; the failure was already
    // reported by the query that hit it.
    if (opened) c.executionCtx.waitUntil(opened.pool.end().catch(() => undefined));
  }
};
