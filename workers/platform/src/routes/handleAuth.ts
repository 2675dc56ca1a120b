import { ApiErrorCode, codeForStatus } from "@wove/protocol";
import type { Context } from "hono";
import type { AppEnv } from "../AppEnv.ts";

/**
 * `/api/auth/*`: better-auth's standard endpoints, unchanged so its client works. Its
 * error bodies (`{code, message}`) gain the platform's shape alongside, so every API
 * error can be read as `{error: {code, message, details}}`.
 */
export async function handleAuth(c: Context<AppEnv>): Promise<Response> {
  const res = await c.get("auth")().handler(c.req.raw);
  if (res.status < 400 || !res.headers.get("content-type")?.includes("application/json")) return res;
  const body = (await res.clone().json()) as { code?: unknown; message?: unknown };
  const reason = typeof body.code === "string" ? body.code : undefined;
  const message =
    (reason && MESSAGES[reason]) ??
    (typeof body.message === "string" ? body.message : res.statusText || "Request failed");
  const error = { code: codeFor(res.status, reason), message, details: reason ? { reason } : undefined };
  const headers = new Headers(res.headers);
  headers.delete("content-length");
  return new Response(JSON.stringify({ ...body, error }), { status: res.status, headers });
}

/** better-auth's answers that need to say what to do next. */
const MESSAGES: Record<string, string> = {
  EMAIL_NOT_VERIFIED: "Confirm your email first: we sent a link to it. Open the link, and you are signed in.",
};

function codeFor(status: number, reason: string | undefined) {
  if (reason?.includes("ALREADY_EXISTS")) return ApiErrorCode.Conflict;
  if (status === 422) return ApiErrorCode.ValidationFailed;
  return codeForStatus(status);
}
