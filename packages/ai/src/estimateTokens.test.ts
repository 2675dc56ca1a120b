import { describe, expect, it } from "vitest";
import { estimateTokens } from "./estimateTokens.ts";

describe("estimateTokens", () => {
  it("counts nothing for an empty string", () => {
    expect(estimateTokens("")).toBe(0);
  });

  it("gives prose about a token per four characters", () => {
    const prose = "The quick brown fox jumps over the lazy dog and keeps running through the field. ".repeat(20);
    const ratio = prose.length / estimateTokens(prose);
    expect(ratio).toBeGreaterThan(3.6);
    expect(ratio).toBeLessThan(4.6);
  });

  it("gives symbol-dense code more tokens per character than prose", () => {
    const code = "export function add(a: number, b: number): number {\n  return a + b;\n}\n".repeat(20);
    const ratio = code.length / estimateTokens(code);
    expect(ratio).toBeGreaterThan(2.5);
    expect(ratio).toBeLessThan(3.6);
  });

  it("counts a CJK character as a token", () => {
    expect(estimateTokens("你好世界")).toBe(4);
  });
});
