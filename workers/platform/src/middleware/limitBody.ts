import { ApiErrorCode } from "@wove/protocol";
import type { MiddlewareHandler } from "hono";
import { bodyLimit } from "hono/body-limit";
import { ApiError } from "../errors/ApiError.ts";
import type { AppEnv } from "../AppEnv.ts";

const DEFAULTS = { MAX_BODY_BYTES: 1 << 20, MAX_BLOB_BYTES: 25 << 20 } as const;

/**
 * Refuses request bodies over the limit in `setting` with 413, counting streamed bytes
 * too, so a missing or lying Content-Length does not get past it.
 */
export const limitBody =
  (setting: keyof typeof DEFAULTS): MiddlewareHandler<AppEnv> =>
  (c, next) => {
    const maxSize = Number(c.env[setting]) || DEFAULTS[setting];
    return bodyLimit({
      maxSize,
      onError: () => {
        throw new ApiError(413, ApiErrorCode.PayloadTooLarge, `Request body is larger than ${maxSize} bytes`, {
          maxBytes: maxSize,
        });
      },
    })(c, next);
  };
