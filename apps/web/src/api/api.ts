import { readAnswer, type WireOutput, type WireSchema } from "@wove/protocol";
import { answerMismatch, networkError, toApiRequestError } from "./ApiRequestError.ts";

export interface ApiOptions {
  method?: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
  /** Sent as JSON. */
  body?: unknown;
  signal?: AbortSignal;
}

/**
 * Calls the platform API on this origin with the session cookie. Resolves with the JSON
 * body (undefined for 204); throws an ApiRequestError for any failure, including getting
 * no answer at all. Given the route's wire `schema` (@wove/protocol), the body is parsed
 * with it, and an answer that does not fit is an error naming what did not, never a
 * value typed by a cast.
 */
export async function api<S extends WireSchema>(
  path: string,
  options: ApiOptions & { schema: S },
): Promise<WireOutput<S>>;
export async function api<T>(path: string, options?: ApiOptions): Promise<T>;
export async function api(path: string, options: ApiOptions & { schema?: WireSchema } = {}): Promise<unknown> {
  const { method = "GET", body, signal, schema } = options;
  let res: Response;
  try {
    res = await fetch(path, {
      method,
      signal,
      credentials: "same-origin",
      headers:
        body === undefined
          ? { accept: "application/json" }
          : { accept: "application/json", "content-type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch (err) {
    // An abort is the caller's decision, not a failure to report.
    if (signal?.aborted) throw err;
    throw networkError(navigator.onLine);
  }
  const parsed = res.status === 204 ? undefined : await readJson(res);
  if (!res.ok) throw toApiRequestError(res.status, parsed, res.headers.get("retry-after"));
  if (!schema) return parsed;
  const reading = readAnswer(schema, parsed);
  if (!reading.ok) throw answerMismatch(res.status, `${method} ${path}`, reading.problem);
  return reading.value;
}

async function readJson(res: Response): Promise<unknown> {
  const text = await res.text();
  if (!text) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
