import { networkError, toApiRequestError } from "./ApiRequestError.ts";

export interface ApiOptions {
  method?: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
  /** Sent as JSON. */
  body?: unknown;
  signal?: AbortSignal;
}

/**
 * Calls the platform API on this origin with the session cookie. Resolves with the JSON
 * body (undefined for 204); throws an ApiRequestError for any failure, including getting
 * no answer at all.
 */
export async function api<T>(path: string, options: ApiOptions = {}): Promise<T> {
  const { method = "GET", body, signal } = options;
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
  return parsed as T;
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
