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

/**
 * A tool call the fake answers with. `arguments` is the JSON text the model wrote, so a test can
 * script invalid JSON; vendors that stream arguments as text send it in several fragments.
 */
export interface FakeToolCall {
  id: string;
  name: string;
  arguments: string;
}

/** What the fake does with the next request. */
export type Behaviour =
  /**
   * Streams `chunks` as text, then `toolCalls` in the vendor's own format. With `holdAt`, the
   * answer stops halfway through its closing frames (inside the tool calls' arguments, for the
   * vendors that stream them) until `POST /__fake/release {"gate": holdAt}`.
   */
  | { kind: "answer"; chunks: string[]; toolCalls?: FakeToolCall[]; holdAt?: string }
  /**
   * Answers with the vendor's error; `retryAfterSeconds` adds the wait the vendor asks for
   * (a `Retry-After` header, and Google's RetryInfo in the body).
   */
  | { kind: "fail"; failure: FailureKind; retryAfterSeconds?: number }
  /** Sends the stream's opening events, then an error event, as vendors do after a 200. */
  | { kind: "failInStream"; failure: FailureKind }
  /** Never answers: no status line, no headers. */
  | { kind: "stall" }
  /** Answers 200 and sends the first text chunk, then hangs. */
  | { kind: "stallAfterFirstChunk"; chunks: string[] }
  /** Answers 200, sends the first text chunk, then a frame that is not JSON, and ends. */
  | { kind: "garbageAfterFirstChunk"; chunks: string[] };

/** One vendor's wire protocol, as the fake speaks it. */
export interface WireProtocol {
  /** Why a request is not what the vendor accepts (wrong path, key, fields), or undefined. */
  check(request: RecordedRequest, apiKey: string): { failure: FailureKind; reason: string } | undefined;
  /** The vendor's models list, when `request` asks for it (after `check` accepted it). */
  models(request: RecordedRequest): unknown;
  modelOf(request: RecordedRequest): string;
  head(model: string, usage: FakeUsage): string[];
  chunk(text: string, model: string): string;
  /** The end of an answer: its tool calls, if any, then the finish and the usage. */
  tail(model: string, usage: FakeUsage, toolCalls: readonly FakeToolCall[]): string[];
  error(failure: FailureKind, reason?: string, retryAfterSeconds?: number): { status: number; body: unknown };
  streamError(failure: FailureKind): string;
  /** A frame of the vendor's stream whose data is not JSON. */
  garbage(): string;
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
  /** Queues behaviours for the next requests whose body contains `marker` (see `/__fake/next`). */
  nextMatching(marker: string, ...behaviours: Behaviour[]): void;
  /**
   * Answers every request whose body contains `marker` with `behaviour`, without queueing it
   * once per request (the benchmark's thousands of tool-calling requests).
   */
  always(marker: string, behaviour: Behaviour): void;
  /** Accepts `apiKey` too, as a person's own key would be. */
  acceptKey(apiKey: string): void;
  /** Lets the answers held at `gate` (a behaviour's `holdAt`) go on (see `/__fake/release`). */
  release(gate: string): void;
  usage: FakeUsage;
  /** Resolves when a client closes a connection before the answer ended. */
  closedEarly(): Promise<RecordedRequest>;
  close(): Promise<void>;
}

export const defaultChunks = ["Hello", ", ", "world"];

/**
 * A local HTTP server speaking one vendor's streaming protocol, so the real SDK runs against it.
 * It listens on port 0: the OS picks a free port, with no window for another process to take it.
 *
 * Tests that cannot hold the object (the Worker's, inside workerd) drive it over HTTP, under
 * `/__fake/` at the root of its origin, which no vendor path starts with:
 *   POST /__fake/next  {"match"?: string, "behaviours": Behaviour[]}  queues behaviours, only
 *                      for requests whose body contains `match` when given (concurrent test
 *                      files put a marker of their own in the prompt, so they cannot take
 *                      each other's behaviours)
 *   POST /__fake/keys  {"apiKey": string}  accepts another key
 *   POST /__fake/release  {"gate": string}  lets answers held at that gate (`holdAt`) go on
 *   GET  /__fake/requests?match=  the requests received (with `match`: those containing it)
 */
export async function startFakeServer(protocol: WireProtocol, apiKey: string, basePath: string): Promise<FakeServer> {
  const queue: Array<{ match?: string; behaviour: Behaviour }> = [];
  const standing: Array<{ match: string; behaviour: Behaviour }> = [];
  const keys = new Set([apiKey]);
  const requests: Array<RecordedRequest & { raw: string }> = [];
  const problems: string[] = [];
  const earlyWaiters: ((request: RecordedRequest) => void)[] = [];
  const usage: FakeUsage = { inputTokens: 21, outputTokens: 7 };
  /** Held answers by gate, and gates released before their answer got there. */
  const held = new Map<string, Array<() => void>>();
  const released = new Set<string>();

  const server = createServer((req, res) => {
    let raw = "";
    req.setEncoding("utf8");
    req.on("data", (chunk: string) => (raw += chunk));
    req.on("end", () => {
      if (req.url?.startsWith("/__fake/")) return control(req.method ?? "", req.url, raw, res);
      const recorded = {
        method: req.method ?? "",
        url: req.url ?? "",
        headers: req.headers,
        body: parseBody(raw),
        closedEarly: false,
        raw,
      };
      requests.push(recorded);
      res.on("close", () => {
        if (res.writableFinished) return;
        recorded.closedEarly = true;
        for (const resolve of earlyWaiters.splice(0)) resolve(recorded);
      });
      const refused = check(recorded);
      if (refused) {
        if (refused.failure !== "invalidKey") problems.push(refused.reason);
        return sendError(res, protocol.error(refused.failure, refused.reason));
      }
      const models = protocol.models(recorded);
      if (models !== undefined) return sendJson(res, 200, models);
      const queued = queue.findIndex((entry) => entry.match === undefined || raw.includes(entry.match));
      const behaviour =
        queued < 0
          ? standing.find((entry) => raw.includes(entry.match))?.behaviour
          : queue.splice(queued, 1)[0]?.behaviour;
      serve(res, behaviour ?? { kind: "answer", chunks: defaultChunks }, protocol.modelOf(recorded));
    });
  });

  /** Accepted when any key passes; otherwise the refusal that is not about the key, if any. */
  function check(recorded: RecordedRequest): ReturnType<WireProtocol["check"]> {
    const refusals = [...keys].map((key) => protocol.check(recorded, key));
    if (refusals.includes(undefined)) return undefined;
    return refusals.find((r) => r?.failure !== "invalidKey") ?? refusals[0];
  }

  function control(method: string, url: string, raw: string, res: ServerResponse): void {
    const { pathname, searchParams } = new URL(url, "http://fake");
    const body = parseBody(raw);
    if (method === "POST" && pathname === "/__fake/next" && Array.isArray(body.behaviours)) {
      const match = typeof body.match === "string" ? body.match : undefined;
      for (const behaviour of body.behaviours as Behaviour[]) queue.push({ match, behaviour });
      return sendJson(res, 200, { queued: queue.length });
    }
    if (method === "POST" && pathname === "/__fake/release" && typeof body.gate === "string") {
      return sendJson(res, 200, { released: release(body.gate) });
    }
    if (method === "POST" && pathname === "/__fake/keys" && typeof body.apiKey === "string") {
      keys.add(body.apiKey);
      return sendJson(res, 200, { keys: keys.size });
    }
    if (method === "GET" && pathname === "/__fake/requests") {
      const match = searchParams.get("match");
      const found = requests.filter((r) => match === null || r.raw.includes(match));
      return sendJson(res, 200, { requests: found.map(({ raw: _raw, ...r }) => r), problems });
    }
    sendJson(res, 404, { error: `no fake control ${method} ${pathname}` });
  }

  /** Lets the answers held at `gate` go on (or the next one, if none is held yet); answers how many went. */
  function release(gate: string): number {
    const waiting = held.get(gate) ?? [];
    held.delete(gate);
    if (waiting.length === 0) released.add(gate);
    for (const go of waiting) go();
    return waiting.length;
  }

  function serve(res: ServerResponse, behaviour: Behaviour, model: string): void {
    if (behaviour.kind === "stall") return;
    if (behaviour.kind === "fail") {
      const { failure, retryAfterSeconds: wait } = behaviour;
      const headers: Record<string, string> = wait === undefined ? {} : { "retry-after": String(wait) };
      return sendError(res, protocol.error(failure, undefined, wait), headers);
    }
    res.writeHead(200, { "content-type": "text/event-stream", "cache-control": "no-cache" });
    for (const frame of protocol.head(model, usage)) res.write(frame);
    if (behaviour.kind === "failInStream") return void res.end(protocol.streamError(behaviour.failure));
    const [first, ...rest] = behaviour.chunks;
    if (first !== undefined) res.write(protocol.chunk(first, model));
    if (behaviour.kind === "stallAfterFirstChunk") return;
    if (behaviour.kind === "garbageAfterFirstChunk") return void res.end(protocol.garbage());
    for (const text of rest) res.write(protocol.chunk(text, model));
    const tail = protocol.tail(model, usage, behaviour.toolCalls ?? []);
    const gate = behaviour.kind === "answer" ? behaviour.holdAt : undefined;
    if (gate === undefined) return void res.end(tail.join(""));
    const half = Math.floor(tail.length / 2);
    res.write(tail.slice(0, half).join(""));
    const go = () => void res.end(tail.slice(half).join(""));
    if (released.delete(gate)) go();
    else held.set(gate, [...(held.get(gate) ?? []), go]);
  }

  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;

  return {
    baseUrl: `http://127.0.0.1:${port}${basePath}`,
    requests,
    problems,
    usage,
    next: (...behaviours) => queue.push(...behaviours.map((behaviour) => ({ behaviour }))),
    nextMatching: (match, ...behaviours) => queue.push(...behaviours.map((behaviour) => ({ match, behaviour }))),
    always: (match, behaviour) => void standing.push({ match, behaviour }),
    acceptKey: (key) => void keys.add(key),
    release: (gate) => void release(gate),
    closedEarly: () => new Promise((resolve) => earlyWaiters.push(resolve)),
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function sendError(
  res: ServerResponse,
  { status, body }: { status: number; body: unknown },
  headers: Record<string, string> = {},
): void {
  sendJson(res, status, body, headers);
}

function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { "content-type": "application/json", ...headers });
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
