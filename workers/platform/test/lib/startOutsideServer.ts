import { createServer } from "node:http";
import type { AddressInfo } from "node:net";

/**
 * A server standing for "somewhere on the internet" that deployed code may reach when its
 * owner granted network: the Worker tests list it in OUTBOUND_ALLOW_HOSTS, since it
 * listens on loopback like everything else here. `/hello` answers JSON, `/redirect?to=`
 * redirects (to try the gateway on each hop), `/__hits` says how many requests arrived.
 */
export async function startOutsideServer(): Promise<{ url: string; close: () => Promise<void> }> {
  let hits = 0;
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://outside");
    if (url.pathname === "/__hits") {
      res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ hits }));
      return;
    }
    hits++;
    if (url.pathname === "/redirect") {
      res.writeHead(302, { location: url.searchParams.get("to") ?? "/" }).end();
      return;
    }
    res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ hello: "outside" }));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve, reject) => server.close((err) => (err ? reject(err) : resolve()))),
  };
}
