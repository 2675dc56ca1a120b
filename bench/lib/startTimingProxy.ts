import { Agent, createServer, request as httpRequest, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";

/** One request through the proxy, with when each part of it passed (performance.now(), ms). */
export interface TimedExchange {
  method: string;
  url: string;
  /** The request body as it came. */
  raw: string;
  /** The whole request had arrived (its last byte read). */
  arrived: number;
  /** The first chunk of the answer holding model text (`text_delta`) was passed on. */
  firstToken?: number;
  /** The answer's last byte was passed on. */
  answered?: number;
}

export interface TimingProxy {
  /** Where to point a client instead of the upstream (an origin, no path). */
  url: string;
  exchanges: TimedExchange[];
  close(): Promise<void>;
}

const HOP_BY_HOP = new Set(["connection", "keep-alive", "transfer-encoding", "content-length"]);

/**
 * A pass-through HTTP proxy on a free loopback port, in the benchmark's process (one clock
 * with its clients), in front of a vendor fake that keeps no times: it notes when each
 * request has fully arrived and when its answer's first model text and last byte were passed
 * on. The gap between one answer's last byte and the next request's arrival is then all the
 * caller's; the proxy's own hop to the fake falls outside it.
 */
export async function startTimingProxy(upstream: string): Promise<TimingProxy> {
  const target = new URL(upstream);
  const agent = new Agent({ keepAlive: true });
  const exchanges: TimedExchange[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const body = Buffer.concat(chunks);
      const exchange: TimedExchange = {
        method: req.method ?? "",
        url: req.url ?? "",
        raw: body.toString("utf8"),
        arrived: performance.now(),
      };
      exchanges.push(exchange);
      const forwarded = httpRequest(
        {
          host: target.hostname,
          port: target.port,
          method: req.method,
          path: req.url,
          headers: { ...withoutHopByHop(req.headers), "content-length": String(body.byteLength) },
          agent,
        },
        (answer) => {
          res.writeHead(answer.statusCode ?? 502, withoutHopByHop(answer.headers));
          answer.on("data", (chunk: Buffer) => {
            res.write(chunk);
            if (exchange.firstToken === undefined && chunk.includes("text_delta"))
              exchange.firstToken = performance.now();
          });
          answer.on("end", () => {
            res.end();
            exchange.answered = performance.now();
          });
        },
      );
      forwarded.on("error", (err) => res.destroy(err));
      forwarded.end(body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    exchanges,
    close: () =>
      new Promise((resolve) => {
        agent.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function withoutHopByHop(headers: IncomingHttpHeaders): Record<string, string | string[]> {
  const kept: Record<string, string | string[]> = {};
  for (const [name, value] of Object.entries(headers))
    if (value !== undefined && !HOP_BY_HOP.has(name)) kept[name] = value;
  return kept;
}
