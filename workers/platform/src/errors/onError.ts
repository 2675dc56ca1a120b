import { ApiErrorCode, codeForStatus } from "@wove/protocol";
import type { ErrorHandler } from "hono";
import { HTTPException } from "hono/http-exception";
import { ApiError, internalError } from "./ApiError.ts";
import { logError } from "../log.ts";
import type { AppEnv } from "../AppEnv.ts";

/** Every error leaves the API in one shape; nothing unexpected leaks past a 500. */
export const onError: ErrorHandler<AppEnv> = (err, c) => {
  if (err instanceof ApiError) return err.toResponse();
  if (err instanceof HTTPException) {
    // Hono's own middleware (body parsing, validators) throws these with a safe message.
    const code = err.status === 400 ? ApiErrorCode.InvalidJson : codeForStatus(err.status);
    return new ApiError(err.status, code, err.message || "Request failed").toResponse();
  }
  logError("unhandled error", err, { method: c.req.method, path: c.req.path });
  return internalError().toResponse();
};
