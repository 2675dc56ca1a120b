/**
 * Deploy latency on the local platform: from `POST /api/projects/:id/deployments` to the
 * first successful response of the new version at `<site>.localhost`, for a 50-file static
 * site and a small Worker, cold (new content) and again with unchanged files. The
 * reference, measured in the same run against the same Worker and R2: the same files
 * uploaded straight into R2 through the platform's blob upload, then one read back, with no
 * snapshot, build, manifest, activation or health check. The difference is the pipeline.
 */
import { rmSync } from "node:fs";
import { availableParallelism } from "node:os";
import { createFile } from "@wove/protocol";
import { ApiClient } from "../e2e/lib/apiClient.ts";
import { startPlatform } from "../e2e/lib/startPlatform.ts";
import type { Metric, MetricBenchmark, MetricReport } from "./lib/Benchmark.ts";
import { openClient, within } from "./lib/openClient.ts";
import { percentile } from "./lib/percentile.ts";
import { visitSite } from "./lib/visitSite.ts";
import { withTeardown } from "./lib/withTeardown.ts";

const RUNS = 5;
const TARGET_MS = 1000;
const POLL_MS = 5;

function staticSite(marker: string): Record<string, string> {
  const files: Record<string, string> = { "index.html": `<!doctype html><h1>${marker}</h1>` };
  for (let i = 1; i < 50; i++) {
    const kind = ["css", "js", "html"][i % 3];
    files[`assets/file-${i}.${kind}`] = `/* ${marker} ${i} */ ${"lorem ipsum dolor sit amet ".repeat(40)}`;
  }
  return files;
}

const worker = (marker: string) => ({
  "src/worker.ts": `import { page } from "./page";\nexport default { fetch: (): Response => new Response(page("${marker}"), { headers: { "content-type": "text/html" } }) };`,
  "src/page.ts": "export const page = (marker: string): string => `<h1>${marker}</h1>`;",
});

async function measureDeploys(): Promise<MetricReport> {
  return withTeardown(async (defer) => {
    const platform = await startPlatform();
    defer(async () => {
      await platform.stop();
      rmSync(platform.dataDir, { recursive: true, force: true });
    });
    const person = await ApiClient.signUp(platform.origin, "Bench");
    const port = new URL(platform.origin).port;

    async function projectWith(files: Record<string, string>): Promise<string> {
      const id = await person.createProject(`deploy bench ${Math.random().toString(36).slice(2, 8)}`);
      const address = {
        serverUrl: `${platform.origin.replace(/^http/, "ws")}/api/projects`,
        roomName: `${id}/sync`,
        params: { token: await person.roomToken(id) },
      };
      const writer = openClient(address);
      try {
        await within(writer.synced, 30_000, "the writer syncing");
        for (const [path, text] of Object.entries(files)) createFile(writer.doc, { path, text });
        // Written when the room reports the last file in its snapshot; the snapshot reads the room itself.
        await new Promise((resolve) => setTimeout(resolve, 300));
      } finally {
        writer.destroy();
      }
      return id;
    }

    /** The site's address, requested on loopback with its Host header, as a browser sends it. */
    const visit = (site: string) => visitSite(new URL(`http://${site}.localhost:${port}/`));

    async function timeDeploy(projectId: string): Promise<number> {
      const started = performance.now();
      const res = await person.json<{ deployment: { id: string } }>(`/api/projects/${projectId}/deployments`, {
        method: "POST",
      });
      if (res.status !== 202) throw new Error(`deploy refused: ${JSON.stringify(res.body)}`);
      for (;;) {
        const got = await person.json<{ status: string; site: string; log: string[] }>(
          `/api/projects/${projectId}/deployments/${res.body.deployment.id}`,
        );
        if (got.body.status === "live") {
          if ((await visit(got.body.site)) === 200) return performance.now() - started;
        } else if (got.body.status === "failed" || got.body.status === "rolled_back") {
          throw new Error(`deploy ${got.body.status}: ${got.body.log.join("\n")}`);
        }
        await new Promise((resolve) => setTimeout(resolve, POLL_MS));
      }
    }

    /** The reference: the same bytes into R2 through the blob upload, in parallel, then one read back. */
    async function timeStraightToR2(projectId: string, files: Record<string, string>): Promise<number> {
      const started = performance.now();
      const hashes = await Promise.all(
        Object.values(files).map(async (text) => {
          const res = await fetch(`${platform.origin}/api/projects/${projectId}/blobs`, {
            method: "PUT",
            headers: person.headers,
            body: text,
          });
          if (!res.ok) throw new Error(`blob upload failed: ${res.status}`);
          return ((await res.json()) as { hash: string }).hash;
        }),
      );
      const first = await fetch(`${platform.origin}/api/projects/${projectId}/blobs/${hashes[0]}`, {
        headers: person.headers,
      });
      await first.arrayBuffer();
      if (!first.ok) throw new Error(`blob read failed: ${first.status}`);
      return performance.now() - started;
    }

    const cases = [
      { name: "static site, 50 files", make: staticSite },
      { name: "small Worker (TS, 2 modules)", make: worker },
    ];
    const metrics: Metric[] = [];
    for (const { name, make } of cases) {
      const cold: number[] = [];
      const unchanged: number[] = [];
      const refCold: number[] = [];
      const refUnchanged: number[] = [];
      for (let run = 0; run < RUNS; run++) {
        const files = make(`run ${run} ${Math.random()}`);
        const projectId = await projectWith(files);
        cold.push(await timeDeploy(projectId));
        unchanged.push(await timeDeploy(projectId));
        refCold.push(await timeStraightToR2(projectId, make(`ref ${run} ${Math.random()}`)));
        refUnchanged.push(await timeStraightToR2(projectId, files));
      }
      const row = (label: string, subject: number[], reference: number[]): Metric => ({
        name: `${name}: ${label}, p50`,
        unit: "ms",
        better: "lower",
        subject: percentile(subject, 50),
        reference: percentile(reference, 50),
        target: { of: "subject", op: "<", value: TARGET_MS },
      });
      metrics.push(row("cold", cold, refCold), row("unchanged files", unchanged, refUnchanged));
    }
    return {
      metrics,
      notes: [
        "wove: POST /api/projects/:id/deployments on the whole local platform (npm start --skip-build: wrangler " +
          "dev, workerd, embedded Postgres) until the new version's GET / at <site>.localhost answers 200: the " +
          "queue in the project's DeployRunner, the snapshot from the room, the build (esbuild-wasm for the " +
          "Worker), the upload of new artifacts to R2, the manifest, activation, the health check, and the " +
          `bench's polling of the deployment (every ${POLL_MS} ms) and of the site.`,
        "reference: the same files PUT into R2 through /api/projects/:id/blobs (all at once), then one read back " +
          "through /api/projects/:id/blobs/:hash: what moving those bytes into the same R2 through the same " +
          "Worker costs with no pipeline. cold: new content; unchanged: the same bytes again (both sides skip " +
          "storing what R2 already has).",
        `${RUNS} runs per case, each on a new project; p50. The first cold Worker deploy also starts ` +
          `esbuild-wasm in the runner's isolate. This machine: ${availableParallelism()} CPUs, shared by the ` +
          `bench, workerd and Postgres. Target: under ${TARGET_MS} ms (the product's published targets are 30 s ` +
          "for static sites and 60 s for functions).",
      ],
    };
  });
}

const deploys: MetricBenchmark = {
  name: "deploys",
  subject: "deploy to first 200 at <site>.localhost",
  reference: "the same files straight into R2, one read back",
  measure: measureDeploys,
};

export default [deploys];
