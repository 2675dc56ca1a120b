import { createServer, type IncomingHttpHeaders, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/** A request as the fake received it. */
export interface RecordedRequest {
  method: string;
  /** Path and query: `/v1/messages`, `/v1beta/models/m:streamGenerateContent?alt=sse`. */
  url: string;
  headers: IncomingHttpHeaders;
  body: Record<string, unknown>;
  /** The client closed the connection before the fake finished its answer. */
  closedEarly: boolean;
}

/** The failures every vendor has, each sent in that vendor's own shape. */
export type FailureKind = "rateLimited" | "overloaded" | "serverError" | "invalidKey" | "invalidRequest";

/** What the fake does with the next request. */
export type Behaviour =
  | { kind: "answer"; chunks: string[] }
  | { kind: "fail"; failure: FailureKind }
  /** Sends the stream's opening events, then an error event, as vendors do after a 200. */
  | { kind: "failInStream"; failure: FailureKind }
  /** Never answers: no status line, no headers. */
  | { kind: "stall" }
  /** Answers 200 and sends the first text chunk, then hangs. */
  | { kind: "stallAfterFirstChunk"; chunks: string[] };

/** One vendor's wire protocol, as the fake speaks it. */
export interface WireProtocol {
  /** Why a request is not what the vendor accepts (wrong path, key, fields), or undefined. */
  check(request: RecordedRequest, apiKey: string): { failure: FailureKind; reason: string } | undefined;
  modelOf(request: RecordedRequest): string;
  head(model: string, usage: FakeUsage): string[];
  chunk(text: string, model: string): string;
  tail(model: string, usage: FakeUsage): string[];
  error(failure: FailureKind, reason?: string): { status: number; body: unknown };
  streamError(failure: FailureKind): string;
}

export interface FakeUsage {
  inputTokens: number;
  outputTokens: number;
}

export interface FakeServer {
  /** The base URL to give the SDK. */
  baseUrl: string;
  requests: RecordedRequest[];
  /** Requests the fake refused as malformed, with the reason: a test fails if it is not empty. */
  problems: string[];
  /** Queues behaviours for the next requests; after the queue, every request is answered. */
  next(...behaviours: Behaviour[]): void;
  usage: FakeUsage;
  /** Resolves when a client closes a connection before the answer ended. */
  closedEarly(): Promise<RecordedRequest>;
  close(): Promise<void>;
}

export const defaultChunks = ["Hello", ", ", "world"];

/**
 * A local HTTP server speaking one vendor's streaming protocol, so the real SDK runs against it.
 * It listens on port 0: the OS picks a free port, with no window for another process to take it.
 */
export async function startFakeServer(protocol: WireProtocol, apiKey: string, basePath: string): Promise<FakeServer> {
  const queue: Behaviour[] = [];
  const requests: RecordedRequest[] = [];
  const problems: string[] = [];
  const earlyWaiters: ((request: RecordedRequest) => void)[] = [];
  const usage: FakeUsage = { inputTokens: 21, outputTokens: 7 };

  const server = createServer((req, res) => {
    let raw = "";
    req.setEncoding("utf8");
    req.on("data", (chunk: string) => (raw += chunk));
    req.on("end", () => {
      const recorded: RecordedRequest = {
        method: req.method ?? "",
        url: req.url ?? "",
        headers: req.headers,
        body: parseBody(raw),
        closedEarly: false,
      };
      requests.push(recorded);
      res.on("close", () => {
        if (res.writableFinished) return;
        recorded.closedEarly = true;
        for (const resolve of earlyWaiters.splice(0)) resolve(recorded);
      });
      const refused = protocol.check(recorded, apiKey);
      if (refused) {
        if (refused.failure !== "invalidKey") problems.push(refused.reason);
        return sendError(res, protocol.error(refused.failure, refused.reason));
      }
      serve(res, queue.shift() ?? { kind: "answer", chunks: defaultChunks }, protocol.modelOf(recorded));
    });
  });

  function serve(res: ServerResponse, behaviour: Behaviour, model: string): void {
    if (behaviour.kind === "stall") return;
    if (behaviour.kind === "fail") return sendError(res, protocol.error(behaviour.failure));
    res.writeHead(200, { "content-type": "text/event-stream", "cache-control": "no-cache" });
    for (const frame of protocol.head(model, usage)) res.write(frame);
    if (behaviour.kind === "failInStream") return void res.end(protocol.streamError(behaviour.failure));
    const [first, ...rest] = behaviour.chunks;
    if (first !== undefined) res.write(protocol.chunk(first, model));
    if (behaviour.kind === "stallAfterFirstChunk") return;
    for (const text of rest) res.write(protocol.chunk(text, model));
    res.end(protocol.tail(model, usage).join(""));
  }

  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;

  return {
    baseUrl: `http://127.0.0.1:${port}${basePath}`,
    requests,
    problems,
    usage,
    next: (...behaviours) => queue.push(...behaviours),
    closedEarly: () => new Promise((resolve) => earlyWaiters.push(resolve)),
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function sendError(res: ServerResponse, { status, body }: { status: number; body: unknown }): void {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}

function parseBody(raw: string): Record<string, unknown> {
  try {
    const parsed: unknown = JSON.parse(raw);
    return typeof parsed === "object" && parsed !== null ? (parsed as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}
