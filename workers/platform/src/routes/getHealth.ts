import { instance } from "@wove/db";
import { ApiErrorCode, type HealthBody, type PartStatus } from "@wove/protocol";
import type { Context } from "hono";
import { version } from "../../package.json";
import type { AppEnv } from "../AppEnv.ts";
import { logError } from "../log.ts";

// A health check that hangs is as bad as one that fails: answer within this budget.
const CHECK_TIMEOUT_MS = 5_000;

/** `GET /api/health`: really queries Postgres and R2, and names the part that fails. */
export async function getHealth(c: Context<AppEnv>): Promise<Response> {
  const [db, storage] = await Promise.allSettled([
    check("Postgres", () => c.get("db")().select({ id: instance.id }).from(instance).limit(1)),
    check("R2", () => c.env.BLOBS.list({ limit: 1 })),
  ]);
  if (db.status === "rejected") logError("health: database check failed", db.reason);
  if (storage.status === "rejected") logError("health: storage check failed", storage.reason);

  const body: HealthBody = {
    status: db.status === "fulfilled" && storage.status === "fulfilled" ? "ok" : "error",
    db: part(db),
    storage: part(storage),
    version,
  };
  if (db.status === "fulfilled" && db.value[0]) body.instance = db.value[0].id;
  if (body.status === "ok") return c.json(body, 200, { "Cache-Control": "no-store" });

  const failing = [body.db === "error" && "database (Postgres)", body.storage === "error" && "storage (R2)"].filter(
    Boolean,
  );
  return c.json(
    {
      ...body,
      error: { code: ApiErrorCode.Unavailable, message: `Not healthy: ${failing.join(" and ")} did not answer` },
    },
    503,
    { "Cache-Control": "no-store" },
  );
}

function part(result: PromiseSettledResult<unknown>): PartStatus {
  return result.status === "fulfilled" ? "ok" : "error";
}

/** Runs one part's check; a throw, a rejection and a hang all count as that part failing. */
async function check<T>(what: string, query: () => Promise<T>): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`${what} did not answer within ${CHECK_TIMEOUT_MS} ms`)),
      CHECK_TIMEOUT_MS,
    );
  });
  try {
    return await Promise.race([query(), timeout]);
  } finally {
    clearTimeout(timer);
  }
}
