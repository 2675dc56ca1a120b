import type { HealthBody } from "@wove/protocol";

/** Polls `GET /api/health` until it answers ok, or throws after `timeoutMs`. */
export async function waitForHealth(origin: string, options: { timeoutMs?: number; isAlive?: () => boolean } = {}) {
  const deadline = Date.now() + (options.timeoutMs ?? 120_000);
  let last = "no answer yet";
  while (Date.now() < deadline) {
    if (options.isAlive && !options.isAlive()) throw new Error("the platform exited before it became healthy");
    try {
      const res = await fetch(`${origin}/api/health`, { signal: AbortSignal.timeout(10_000) });
      const body = (await res.json()) as HealthBody;
      if (res.ok && body.status === "ok") return body;
      last = `HTTP ${res.status} ${JSON.stringify(body)}`;
    } catch (err) {
      last = err instanceof Error ? err.message : String(err);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${origin}/api/health did not become ok: ${last}`);
}
