import { AI_PROVIDERS, type AiProvider } from "@wove/db";
import { ApiErrorCode } from "@wove/protocol";
import { ApiError } from "../errors/ApiError.ts";

/** The `:provider` of a key route, or a 404 naming the ones there are. */
export function readProvider(value: string | undefined): AiProvider {
  if ((AI_PROVIDERS as readonly string[]).includes(value ?? "")) return value as AiProvider;
  throw new ApiError(404, ApiErrorCode.NotFound, `No provider "${value ?? ""}": use ${AI_PROVIDERS.join(", ")}`);
}
