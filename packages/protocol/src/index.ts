export { ApiErrorCode, codeForStatus, readApiError } from "./apiError.ts";
export type { ApiErrorBody } from "./apiError.ts";
export type { HealthBody, PartStatus } from "./health.ts";
export * from "./doc/fileTree.ts";
export { normalizeFolder, validatePath } from "./doc/validatePath.ts";
export * from "./room/closeCodes.ts";
export * from "./room/limits.ts";
export * from "./room/awarenessCodec.ts";
export * from "./room/messages.ts";
