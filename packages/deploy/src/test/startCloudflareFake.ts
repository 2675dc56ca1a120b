import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { assetHash } from "../WorkersForPlatformsDeployer.ts";
import { fakePagesApi } from "./fakePagesApi.ts";

export interface FakeScript {
  metadata: {
    main_module: string;
    compatibility_date: string;
    bindings: unknown[];
    assets: { jwt: string };
    limits?: { cpu_ms?: number; subrequests?: number };
    tags: string[];
  };
  code: string;
  assets: Record<string, string>;
}

/**
 * A local stand-in for the parts of the Cloudflare API the Workers for Platforms and Pages
 * deployers call (the Pages endpoints live in `fakePagesApi.ts`). It checks every request's shape (path, auth, body) as the real API documents it
 * and answers 400 with Cloudflare's error envelope when one is wrong, so a test fails on
 * the first malformed call. It keeps the state a test asserts on.
 */
export async function startCloudflareFake(expected: {
  accountId: string;
  apiToken: string;
  namespace?: string;
  pagesProject?: string;
}) {
  const pages = fakePagesApi(expected);
  const stored = new Map<string, string>(); // asset hash → base64 content
  const sessions = new Map<
    string,
    { manifest: Record<string, { hash: string; size: number }>; pending: Set<string> }
  >();
  const completions = new Map<string, Record<string, string>>(); // completion jwt → path → asset hash
  const scripts = new Map<string, FakeScript>();
  const requests: string[] = [];
  let counter = 0;
  const prefix = `/client/v4/accounts/${expected.accountId}`;
  const scriptRoute = new RegExp(
    `^${prefix}/workers/dispatch/namespaces/${expected.namespace}/scripts/([a-z0-9-]+)(/assets-upload-session)?$`,
  );

  const server = createServer((req, res) => void handle(req, res));
  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const answer = (status: number, result: unknown, error?: string) => {
      res.writeHead(status, { "content-type": "application/json" });
      res.end(
        JSON.stringify(
          error
            ? { success: false, errors: [{ code: 10000, message: error }], result: null }
            : { success: true, errors: [], result },
        ),
      );
    };
    try {
      const url = new URL(req.url ?? "/", "http://fake");
      requests.push(`${req.method} ${url.pathname}`);
      const request = await toRequest(req, url);
      const auth = req.headers.authorization ?? "";
      if (await pages.handle(req, url, request, answer)) return;
      if (url.pathname === `${prefix}/workers/assets/upload`) {
        if (req.method !== "POST" || url.searchParams.get("base64") !== "true")
          return answer(400, null, "POST ?base64=true expected");
        const jwt = auth.replace(/^Bearer /, "");
        const session = sessions.get(jwt);
        if (!session) return answer(401, null, "assets upload needs the session's JWT as its bearer token");
        const form = await request.formData();
        for (const [hash, value] of form) {
          if (!session.pending.has(hash)) return answer(400, null, `hash ${hash} was not asked for`);
          const base64 = await (value as Blob).text();
          const path = Object.entries(session.manifest).find(([, f]) => f.hash === hash)?.[0] ?? "";
          if ((await assetHash(Buffer.from(base64, "base64"), path)) !== hash)
            return answer(400, null, `content of ${hash} does not match its hash`);
          stored.set(hash, base64);
          session.pending.delete(hash);
        }
        if (session.pending.size) return answer(202, { jwt: null });
        const completion = `completion-${++counter}`;
        completions.set(completion, Object.fromEntries(Object.entries(session.manifest).map(([p, f]) => [p, f.hash])));
        return answer(201, { jwt: completion });
      }
      if (auth !== `Bearer ${expected.apiToken}`) return answer(403, null, "Authentication error");
      const match = scriptRoute.exec(url.pathname);
      if (!match) return answer(404, null, `No route for ${req.method} ${url.pathname}`);
      const [, name = "", isSession] = match;
      if (isSession) {
        if (req.method !== "POST" || !req.headers["content-type"]?.includes("application/json"))
          return answer(400, null, "POST JSON expected");
        const { manifest } = (await request.json()) as { manifest?: Record<string, { hash: string; size: number }> };
        if (!manifest || typeof manifest !== "object") return answer(400, null, "manifest is required");
        for (const [path, file] of Object.entries(manifest)) {
          if (!path.startsWith("/") || !/^[0-9a-f]{32}$/.test(file.hash) || typeof file.size !== "number") {
            return answer(400, null, `bad manifest entry ${path}`);
          }
        }
        const missing = [...new Set(Object.values(manifest).map((f) => f.hash))].filter((hash) => !stored.has(hash));
        const jwt = `session-${++counter}`;
        sessions.set(jwt, { manifest, pending: new Set(missing) });
        if (!missing.length)
          completions.set(jwt, Object.fromEntries(Object.entries(manifest).map(([p, f]) => [p, f.hash])));
        return answer(200, { jwt, buckets: missing.length ? [missing] : [] });
      }
      if (req.method === "DELETE") {
        scripts.delete(name);
        return answer(200, null);
      }
      if (req.method !== "PUT" || !req.headers["content-type"]?.startsWith("multipart/form-data"))
        return answer(400, null, "PUT multipart expected");
      const form = await request.formData();
      const metadata = JSON.parse(await (form.get("metadata") as Blob).text()) as FakeScript["metadata"];
      const module = form.get(metadata.main_module);
      if (!(module instanceof Blob) || module.type !== "application/javascript+module")
        return answer(400, null, "main_module part missing or not a module");
      if (!metadata.compatibility_date) return answer(400, null, "compatibility_date is required");
      const assets = completions.get(metadata.assets?.jwt);
      if (!assets) return answer(400, null, "assets.jwt is not a completion token");
      scripts.set(name, { metadata, code: await module.text(), assets });
      return answer(200, { id: name });
    } catch (err) {
      answer(500, null, String(err));
    }
  }
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}/client/v4`,
    scripts,
    stored,
    requests,
    pages,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

async function toRequest(req: IncomingMessage, url: URL): Promise<Request> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const body = chunks.length ? Buffer.concat(chunks) : undefined;
  return new Request(url, { method: req.method, headers: req.headers as Record<string, string>, body });
}
