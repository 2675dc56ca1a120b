import { visitSite } from "./visitSite.ts";
import type { AgentBenchSetup } from "./AgentBenchSetup.ts";

const POLL_MS = 5;
const DEADLINE_MS = 60_000;

/**
 * Milliseconds from `POST /api/projects/:id/deployments` until the new version answers its
 * first 200 at its address (`<site>.localhost:<port>`, requested on loopback with that Host
 * header, as a browser sends it), polling the
 * deployment every 5 ms, as bench/deploy.bench.ts times a deploy.
 */
export async function timeDeploy(setup: AgentBenchSetup): Promise<number> {
  const started = performance.now();
  const res = await setup.api<{ deployment: { id: string } }>(`/api/projects/${setup.projectId}/deployments`, {
    method: "POST",
  });
  if (res.status !== 202) throw new Error(`deploy refused: ${JSON.stringify(res.body)}`);
  let last = "";
  for (;;) {
    if (performance.now() - started > DEADLINE_MS)
      throw new Error(`the deploy was not live within ${DEADLINE_MS / 1000} s: ${last.slice(0, 2_000)}`);
    const got = await setup.api<{ status: string; url: string; log: string[] }>(
      `/api/projects/${setup.projectId}/deployments/${res.body.deployment.id}`,
    );
    last = JSON.stringify(got.body);
    if (got.body.status === "live") {
      const status = await visitSite(new URL(got.body.url));
      if (status === 200) return performance.now() - started;
      last = `the site answered ${status}; ${last}`;
    } else if (got.body.status === "failed" || got.body.status === "rolled_back") {
      throw new Error(`deploy ${got.body.status}: ${got.body.log.join("\n")}`);
    }
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}
