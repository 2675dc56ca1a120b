/**
 * How long a vendor asked to wait, in ms, from its response headers: `retry-after-ms` (sent by
 * OpenAI and Anthropic, and read first by their own SDKs), else `Retry-After` as seconds or
 * as an HTTP date. Undefined when neither says anything usable.
 */
export function readRetryAfter(headers: Headers | undefined, now = Date.now()): number | undefined {
  const ms = parseNumber(headers?.get("retry-after-ms"));
  if (ms !== undefined) return ms;
  const value = headers?.get("retry-after")?.trim();
  if (!value) return undefined;
  const seconds = parseNumber(value);
  if (seconds !== undefined) return seconds * 1000;
  // An HTTP date names its day and month ("Tue, 01 Dec 2026 10:00:03 GMT"); Date.parse
  // would also take "-1" or "2026" for one.
  const date = /[a-z]{3}/i.test(value) ? Date.parse(value) : NaN;
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/**
 * Gemini's wait, from the `retryDelay` of a `google.rpc.RetryInfo` detail: a protobuf
 * Duration in JSON, decimal seconds with an `s` ("1s", "0.5s", "17.276s").
 */
export function readRetryDelay(details: readonly unknown[]): number | undefined {
  for (const detail of details) {
    if (typeof detail !== "object" || detail === null) continue;
    const record = detail as Record<string, unknown>;
    if (record["@type"] !== "type.googleapis.com/google.rpc.RetryInfo" || typeof record.retryDelay !== "string")
      continue;
    const match = /^(\d+(?:\.\d+)?)s$/.exec(record.retryDelay);
    if (match) return Number(match[1]) * 1000;
  }
  return undefined;
}

function parseNumber(value: string | null | undefined): number | undefined {
  if (value === null || value === undefined || !/^\s*\d+(?:\.\d+)?\s*$/.test(value)) return undefined;
  return Number(value);
}
