import { describe, expect, it } from "vitest";
import { publicUrlProblem } from "./requirePublicUrl.ts";

describe("publicUrlProblem", () => {
  it("needs an https PUBLIC_URL in production, and nothing locally", () => {
    expect(publicUrlProblem({ WOVE_MODE: "production", PUBLIC_URL: "" })).toMatch(/PUBLIC_URL is not set/);
    expect(publicUrlProblem({ WOVE_MODE: "production" })).toMatch(/PUBLIC_URL is not set/);
    expect(publicUrlProblem({ WOVE_MODE: "production", PUBLIC_URL: "http://wove.example.com" })).toMatch(/https/);
    expect(publicUrlProblem({ WOVE_MODE: "production", PUBLIC_URL: "https://wove.example.com" })).toBeNull();
    expect(publicUrlProblem({ WOVE_MODE: "local", PUBLIC_URL: "" })).toBeNull();
  });
});
