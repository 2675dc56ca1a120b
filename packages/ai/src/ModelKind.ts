/** Whether a model writes text (streamed through the router) or turns text into vectors. */
export const ModelKind = {
  Text: "text",
  Embedding: "embedding",
} as const;

export type ModelKind = (typeof ModelKind)[keyof typeof ModelKind];
