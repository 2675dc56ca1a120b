import { describe, expect, it } from "vitest";
import { computeCostUsd } from "./computeCostUsd.ts";
import { modelCatalog } from "./modelCatalog.ts";
import { prices } from "./prices.ts";
import { toModelRef } from "./toModelRef.ts";

describe("computeCostUsd", () => {
  it("prices input and output tokens separately from the price table", () => {
    const price = prices["anthropic:claude-haiku-5-5"]!;
    const expected = (1_000 * price.inputPerMTok + 500 * price.outputPerMTok) / 1_000_000;
    expect(computeCostUsd("anthropic:claude-haiku-5-5", 1_000, 500)).toBeCloseTo(expected, 9);
  });

  it("charges nothing for a model without a price row, such as a local server's", () => {
    expect(computeCostUsd("local:llama3.2", 10_000, 10_000)).toBe(0);
  });

  it("has a price for every vendor model in the catalog", () => {
    const missing = modelCatalog.map(toModelRef).filter((ref) => !(ref in prices));
    expect(missing).toEqual([]);
  });
});
