import { ApiErrorCode } from "@wove/protocol";
import { validator } from "hono/validator";
import type { z } from "zod";
import { ApiError } from "../errors/ApiError.ts";

/**
 * Validates a JSON body against a zod schema at the edge of a handler, so the handler
 * reads `c.req.valid("json")` already typed. Malformed JSON and a wrong Content-Type are
 * 400 `invalid_json`; a body that parses but does not fit is 400 `validation_failed`
 * with the failing paths in `details`.
 */
export function validateJson<T extends z.ZodType>(schema: T) {
  // Hono parses the body before this runs and throws a 400 HTTPException on malformed
  // JSON, which onError reports as invalid_json.
  return validator("json", (value, c): z.output<T> => {
    if (!/^application\/([\w.+-]+\+)?json\b/i.test(c.req.header("content-type") ?? "")) {
      throw new ApiError(400, ApiErrorCode.InvalidJson, "Send a JSON body with Content-Type: application/json");
    }
    const result = schema.safeParse(value);
    if (!result.success) {
      const details = result.error.issues.map((issue) => ({ path: issue.path.join("."), message: issue.message }));
      throw new ApiError(
        400,
        ApiErrorCode.ValidationFailed,
        "The request body does not match what this route expects",
        details,
      );
    }
    return result.data;
  });
}
