import { ApiErrorCode, type ApiErrorBody } from "@wove/protocol";
import type { ContentfulStatusCode } from "hono/utils/http-status";

/** The one exception the API throws on purpose; `onError` turns it into a Response. */
export class ApiError extends Error {
  override name = "ApiError";

  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: ApiErrorCode,
    message: string,
    readonly details?: unknown,
    readonly headers?: Record<string, string>,
  ) {
    super(message);
  }

  toBody(): ApiErrorBody {
    const error: ApiErrorBody["error"] = { code: this.code, message: this.message };
    if (this.details !== undefined) error.details = this.details;
    return { error };
  }

  toResponse(): Response {
    return Response.json(this.toBody(), { status: this.status, headers: this.headers });
  }
}

export const internalError = () =>
  new ApiError(
    500,
    ApiErrorCode.Internal,
    "Something went wrong on our side. Try again; if it keeps happening, report it.",
  );
