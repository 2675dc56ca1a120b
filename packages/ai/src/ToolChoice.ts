/**
 * Whether the model may call a tool (`auto`), must call one (`required`), or must not (`none`).
 * Each vendor has its own words for these three; none has fewer.
 */
export const ToolChoice = { Auto: "auto", Required: "required", None: "none" } as const;
export type ToolChoice = (typeof ToolChoice)[keyof typeof ToolChoice];
