/** How much model a request deserves: `fast` is cheap and quick, `strong` is the best available. */
export const Tier = {
  Fast: "fast",
  Strong: "strong",
} as const;

export type Tier = (typeof Tier)[keyof typeof Tier];
