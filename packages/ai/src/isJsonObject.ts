/** Whether `value` is a plain JSON object (not an array, not null): what tool arguments must be. */
export function isJsonObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
