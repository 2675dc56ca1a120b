import { describe, expect, it } from "vitest";
import { tokenizeForSearch } from "./tokenizeForSearch.ts";

describe("tokenizeForSearch", () => {
  it("keeps compound identifiers whole and adds their parts", () => {
    expect(tokenizeForSearch("parseToken(HTTPServer, max_retry_count)")).toEqual([
      "parsetoken",
      "parse",
      "token",
      "httpserver",
      "http",
      "server",
      "max_retry_count",
      "max",
      "retry",
      "count",
    ]);
  });

  it("drops stop words and single letters", () => {
    expect(tokenizeForSearch("Why does the function return a value?")).toEqual(["value"]);
  });
});
