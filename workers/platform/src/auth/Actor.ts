/** Who makes a request. Every permission decision starts from one of these. */
export type Actor =
  | { kind: "anonymous" }
  | {
      kind: "user";
      userId: string;
      email: string;
      name: string;
      /** Set when the request came with an API key: what the key may do. */
      scopes?: Record<string, string[]>;
    };

export const anonymous: Actor = { kind: "anonymous" };
