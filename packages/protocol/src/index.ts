export { ApiErrorCode, codeForStatus, readApiError } from "./apiError.ts";
export type { ApiErrorBody } from "./apiError.ts";
export type { HealthBody, PartStatus } from "./health.ts";
