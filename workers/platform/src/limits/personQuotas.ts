import { ApiErrorCode } from "@wove/protocol";
import { ApiError } from "../errors/ApiError.ts";
import type { RateLimit } from "./hitRateLimit.ts";

/** What a person may do at most so often: each a row of `RATE_LIMITS`. */
export const QUOTA_KINDS = ["projects", "invitations", "blobs", "keys", "deploys"] as const;
export type QuotaKind = (typeof QUOTA_KINDS)[number];

/**
 * The defaults: generous for a person, small for a script creating projects by the
 * hundred or mailing invitations to strangers. `RATE_LIMITS` (`[vars]`) replaces any of
 * them: `projects=60/h, invitations=100/d`, with `/m`, `/h` or `/d`.
 */
export const DEFAULT_QUOTAS: Record<QuotaKind, RateLimit> = {
  projects: { limit: 60, windowSeconds: 3600 },
  invitations: { limit: 100, windowSeconds: 86_400 },
  blobs: { limit: 600, windowSeconds: 3600 },
  keys: { limit: 30, windowSeconds: 86_400 },
  deploys: { limit: 120, windowSeconds: 3600 },
};

const UNITS: Record<string, number> = { m: 60, h: 3600, d: 86_400 };

/** `RATE_LIMITS` over the defaults; a malformed entry is a 503 that says what to write. */
export function readQuotas(raw: string | undefined): Record<QuotaKind, RateLimit> {
  const quotas = { ...DEFAULT_QUOTAS };
  for (const entry of (raw ?? "")
    .split(",")
    .map((part) => part.trim())
    .filter(Boolean)) {
    const match = /^([a-z]+)\s*=\s*(\d+)\s*\/\s*([mhd])$/.exec(entry);
    const kind = match?.[1] as QuotaKind | undefined;
    if (!match || !kind || !QUOTA_KINDS.includes(kind)) {
      throw new ApiError(
        503,
        ApiErrorCode.Unavailable,
        `RATE_LIMITS is misconfigured: "${entry}" is not <kind>=<count>/<m|h|d> with a kind of ${QUOTA_KINDS.join(", ")}`,
      );
    }
    quotas[kind] = { limit: Number(match[2]), windowSeconds: UNITS[match[3] ?? "h"] ?? 3600 };
  }
  return quotas;
}

/** "60 an hour", for the 429's message. */
export function describeQuota({ limit, windowSeconds }: RateLimit): string {
  const per =
    windowSeconds === 60
      ? "a minute"
      : windowSeconds === 3600
        ? "an hour"
        : windowSeconds === 86_400
          ? "a day"
          : `per ${windowSeconds} s`;
  return `${limit} ${per}`;
}
