import { ApiErrorCode } from "@wove/protocol";
import type { MiddlewareHandler } from "hono";
import { bodyLimit } from "hono/body-limit";
import { ApiError } from "../errors/ApiError.ts";
import type { AppEnv } from "../AppEnv.ts";

const DEFAULT_MAX_BODY_BYTES = 1 << 20;

/**
 * Refuses request bodies over MAX_BODY_BYTES with 413, counting streamed bytes too, so a
 * missing or lying Content-Length does not get past it.
 */
export const limitBody: MiddlewareHandler<AppEnv> = (c, next) => {
  const maxSize = Number(c.env.MAX_BODY_BYTES) || DEFAULT_MAX_BODY_BYTES;
  return bodyLimit({
    maxSize,
    onError: () => {
      throw new ApiError(413, ApiErrorCode.PayloadTooLarge, `Request body is larger than ${maxSize} bytes`, {
        maxBytes: maxSize,
      });
    },
  })(c, next);
};
