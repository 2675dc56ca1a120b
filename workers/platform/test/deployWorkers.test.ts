import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { signUp } from "./lib/Client.ts";
import { deploy, projectWith, visit, writeFiles } from "./lib/deploys.ts";
import { RoomPeer } from "./lib/RoomPeer.ts";

const GREETER = {
  "src/worker.ts": `import { greet } from "./greet";
export default {
  async fetch(request: Request): Promise<Response> {
    const url = new URL(request.url);
    if (url.pathname === "/api/hello") return Response.json({ message: greet(url.searchParams.get("name") ?? "world") });
    return new Response("worker fallback", { status: 404 });
  },
};`,
  "src/greet.ts": "export const greet = (name: string): string => `hello, ${name}`;",
};

describe("deploying a Worker", () => {
  it("bundles the TypeScript entry and answers its route", async () => {
    const owner = await signUp();
    const project = await projectWith(owner, GREETER);
    const done = await deploy(owner, project.id);
    expect(done).toMatchObject({ status: "live", kind: "worker" });
    const res = await visit(done.site, "/api/hello?name=ada");
    expect(await res.json()).toEqual({ message: "hello, ada" });
  });

  it("serves a full-stack project's assets first and sends the rest to the Worker", async () => {
    const owner = await signUp();
    const project = await projectWith(owner, { ...GREETER, "public/index.html": "<h1>static home</h1>" });
    const done = await deploy(owner, project.id);
    expect(done.kind).toBe("fullstack");
    expect(await (await visit(done.site, "/")).text()).toBe("<h1>static home</h1>");
    expect(await (await visit(done.site, "/api/hello")).json()).toEqual({ message: "hello, world" });
    expect(await (await visit(done.site, "/api/hello", { method: "POST" })).json()).toEqual({
      message: "hello, world",
    });
  });

  it("fails a build error with the file and line in the log and keeps the previous version live", async () => {
    const owner = await signUp();
    const project = await projectWith(owner, GREETER);
    const good = await deploy(owner, project.id);
    await writeFiles(project.id, { "src/greet.ts": "export const greet = (name: string) => {{ `oops ${name}`;" });
    const broken = await deploy(owner, project.id);
    expect(broken.status).toBe("failed");
    expect(broken.active).toBe(false);
    expect(broken.log.join("\n")).toMatch(/src\/greet\.ts:1:\d+: /);
    expect(broken.log.at(-1)).toContain("previous version stays live");
    expect(await (await visit(good.site, "/api/hello")).json()).toEqual({ message: "hello, world" });
  });

  it("rolls back automatically when the new version fails its health check", async () => {
    const owner = await signUp();
    const project = await projectWith(owner, GREETER);
    const good = await deploy(owner, project.id);
    await writeFiles(project.id, {
      "src/worker.ts": `export default { fetch() { throw new Error("boom"); } };`,
    });
    const bad = await deploy(owner, project.id);
    expect(bad.status).toBe("rolled_back");
    expect(bad.log.join("\n")).toContain("Health check failed: GET / answered 500");
    expect(bad.log.at(-1)).toBe(`Rolled back to version ${good.version}`);
    expect(await (await visit(good.site, "/api/hello")).json()).toEqual({ message: "hello, world" });
  });

  it("gives deployed code no platform bindings and no network", async () => {
    const owner = await signUp();
    const project = await projectWith(owner, {
      "worker.js": `export default {
  async fetch(request, env) {
    let network;
    try {
      await fetch("http://127.0.0.1:1/");
      network = "reached";
    } catch (err) {
      network = "refused: " + err.message;
    }
    return Response.json({
      bindings: Object.keys(env),
      databaseUrl: env.DATABASE_URL ?? null,
      blobs: typeof env.BLOBS,
      rooms: typeof env.ROOMS,
      network,
    });
  },
};`,
    });
    const done = await deploy(owner, project.id);
    const seen = (await (await visit(done.site, "/")).json()) as Record<string, unknown>;
    expect(seen).toMatchObject({ bindings: [], databaseUrl: null, blobs: "undefined", rooms: "undefined" });
    expect(seen.network).toMatch(/^refused: /);
  });

  it("never passes the IDE's session cookie to deployed code, nor lets it set cookies for a parent domain", async () => {
    const owner = await signUp();
    expect(owner.cookie).toMatch(/better-auth\.session_token=/);
    const project = await projectWith(owner, {
      "worker.js": `export default {
  fetch(request) {
    const headers = new Headers({ "content-type": "text/plain" });
    headers.append("set-cookie", "mine=1; Path=/");
    headers.append("set-cookie", "stolen=1; Domain=localhost; Path=/");
    headers.append("set-cookie", "spaced=1; Domain =localhost; Path=/");
    headers.append("set-cookie", "cased=1; path=/;DOMAIN= .localhost");
    return new Response(request.headers.get("cookie") ?? "(none)", { headers });
  },
};`,
    });
    const done = await deploy(owner, project.id);
    const res = await visit(done.site, "/", { headers: { cookie: `${owner.cookie}; theme=dark` } });
    expect(await res.text()).toBe("theme=dark");
    expect(res.headers.getSetCookie()).toEqual(["mine=1; Path=/"]);
  });

  it("follows the project's deploy settings in its meta over detection", async () => {
    const owner = await signUp();
    const project = await projectWith(owner, { "worker.js": "export default {};", "index.html": "static after all" });
    const peer = await RoomPeer.join(owner, project.id);
    peer.doc.getMap("meta").set("deploy", { kind: "static" });
    const room = env.ROOMS.getByName(project.id);
    for (let i = 0; i < 100 && !(await room.snapshotFiles()).deploySettingsJson.includes("static"); i++) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    const done = await deploy(owner, project.id);
    expect(done).toMatchObject({ status: "live", kind: "static" });
    expect(await (await visit(done.site, "/")).text()).toBe("static after all");
    peer.ws.close();
  });
});
