import { isJsonObject } from "../isJsonObject.ts";

/** One vendor's rules for the tools of a request and its tool choice. */
export interface ToolFieldRules {
  /** Whether one entry of the vendor's `tools` array is well formed. */
  isTool(tool: Record<string, unknown>): boolean;
  isChoice(choice: unknown): boolean;
  /** The vendor's format of `tools`, for the problem the fake reports. */
  format: string;
}

/** Why a request's tools or tool choice are not what the vendor accepts, or undefined. */
export function checkToolFields(tools: unknown, choice: unknown, rules: ToolFieldRules): string | undefined {
  if (tools === undefined) return choice === undefined ? undefined : "a tool choice without tools";
  if (!Array.isArray(tools) || !tools.every((tool) => isJsonObject(tool) && rules.isTool(tool))) {
    return `tools must be ${rules.format}`;
  }
  return choice === undefined || rules.isChoice(choice)
    ? undefined
    : `unexpected tool choice ${JSON.stringify(choice)}`;
}
