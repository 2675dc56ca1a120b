/** Where the Cloudflare API is unless a test points a deployer at a fake. */
export const CLOUDFLARE_API = "https://api.cloudflare.com/client/v4";

/**
 * One call to the Cloudflare API, unwrapped from its `{ success, result, errors }`
 * envelope. A failure throws with Cloudflare's own messages, which the deploy log shows.
 * A string body is JSON; FormData sets its own multipart content type.
 */
export async function callCloudflare<T>(
  base: string,
  method: string,
  path: string,
  bearer: string,
  body?: BodyInit,
): Promise<T> {
  const headers: Record<string, string> = { authorization: `Bearer ${bearer}` };
  if (typeof body === "string") headers["content-type"] = "application/json";
  const response = await fetch(`${base}${path}`, { method, headers, body });
  const json = (await response.json().catch(() => null)) as {
    success?: boolean;
    result?: T;
    errors?: Array<{ message: string }>;
  } | null;
  if (!response.ok || !json?.success) {
    const reason = json?.errors?.map((e) => e.message).join("; ") || `HTTP ${response.status}`;
    throw new Error(`Cloudflare API ${method} ${path}: ${reason}`);
  }
  return json.result as T;
}
