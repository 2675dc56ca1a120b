import { env } from "cloudflare:workers";
import { describe, expect, inject, it } from "vitest";
import { signUp } from "./lib/Client.ts";
import { deploy, projectWith, visit, writeFiles } from "./lib/deploys.ts";
import { readRoomFile } from "./lib/roomInfo.ts";

const registry = inject("npmRegistryUrl");

/** The paths the fake registry answered since the last call (packuments and tarballs). */
async function registryRequests(): Promise<string[]> {
  const requests = await (await fetch(`${registry}/__fake/requests`)).json<string[]>();
  await fetch(`${registry}/__fake/reset`, { method: "POST" });
  return requests;
}

const REACT_APP = {
  "index.html": `<!doctype html><div id="root"></div><script type="module" src="/src/main.tsx"></script>`,
  "src/main.tsx": `import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
createRoot(document.getElementById("root")!).render(<StrictMode><h1>Hello from React</h1></StrictMode>);`,
};

// A deploy bundles with esbuild-wasm in workerd; React's bundle takes seconds on a loaded machine.
describe("deploying projects that import npm packages", { timeout: 60_000 }, () => {
  it("deploys a React app with React and ReactDOM from the platform's built-ins, asking no registry", async () => {
    const owner = await signUp();
    const project = await projectWith(owner, REACT_APP, "public");
    await registryRequests();
    const done = await deploy(owner, project.id);
    expect(done.log.join("\n")).not.toContain("not bundled");
    expect(done).toMatchObject({ status: "live", kind: "static" });
    expect(await registryRequests()).toEqual([]);

    const page = await (await visit(done.site, "/")).text();
    const bundle = /src="(\/assets\/main-[0-9a-f]{12}\.js)"/.exec(page)?.[1] ?? "";
    const code = await (await visit(done.site, bundle)).text();
    expect(code).toContain("Hello from React");
    expect(code).toContain("react.transitional.element");
    // No package.json, nothing to lock: the built-ins need no lockfile.
    expect(await readRoomFile(env.ROOMS.getByName(project.id), "wove-lock.json")).toBeNull();
  });

  it("deploys a Worker importing a registry package, writes the lock back, and deploys again fetching nothing", async () => {
    const owner = await signUp();
    const project = await projectWith(owner, {
      "package.json": JSON.stringify({ dependencies: { mrmime: "^2.0.0" } }),
      "src/worker.ts": `import { lookup } from "mrmime";
export default { fetch: (req: Request) => new Response(lookup(new URL(req.url).pathname) ?? "unknown") };`,
    });
    await registryRequests();
    const first = await deploy(owner, project.id);
    expect(first.status, first.log.join("\n")).toBe("live");
    expect(first.log).toContain("Updated wove-lock.json");
    expect(await (await visit(first.site, "/a.css")).text()).toBe("text/css");
    expect(await registryRequests()).toEqual(["/mrmime", "/mrmime/-/mrmime-2.0.1.tgz"]);

    const lock = JSON.parse((await readRoomFile(env.ROOMS.getByName(project.id), "wove-lock.json")) ?? "{}");
    expect(lock).toMatchObject({
      lockfileVersion: 1,
      specifiers: { "mrmime@^2.0.0": "2.0.1" },
      packages: {
        "mrmime@2.0.1": {
          resolved: `${registry}/mrmime/-/mrmime-2.0.1.tgz`,
          integrity: expect.stringMatching(/^sha512-/),
        },
      },
    });

    await writeFiles(project.id, {
      "src/worker.ts": `import { lookup } from "mrmime";
export default { fetch: (req: Request) => new Response("v2 " + lookup(new URL(req.url).pathname)) };`,
    });
    const second = await deploy(owner, project.id);
    expect(second.status, second.log.join("\n")).toBe("live");
    expect(second.log).not.toContain("Updated wove-lock.json");
    expect(await (await visit(second.site, "/a.png")).text()).toBe("v2 image/png");
    expect(await registryRequests()).toEqual([]);
  });

  it("fails a deploy of a package with install scripts, naming the package and the scripts", async () => {
    const owner = await signUp();
    const project = await projectWith(owner, {
      "package.json": JSON.stringify({ dependencies: { "needs-build": "1.0.0" } }),
      "worker.js": `import n from "needs-build"; export default { fetch: () => new Response(String(n)) };`,
    });
    const done = await deploy(owner, project.id);
    expect(done.status).toBe("failed");
    expect(done.log.join("\n")).toContain(
      "Build failed: needs-build@1.0.0 has install scripts (postinstall), which deploys do not run",
    );
  });
});
