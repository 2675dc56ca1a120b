import { describe, expect, it } from "vitest";
import { chooseEncoding } from "./chooseEncoding.ts";

describe("chooseEncoding", () => {
  it("sends identity to a client that sent no Accept-Encoding, or only identity", () => {
    expect(chooseEncoding(null)).toBeNull();
    expect(chooseEncoding(undefined)).toBeNull();
    expect(chooseEncoding("")).toBeNull();
    expect(chooseEncoding("identity")).toBeNull();
  });

  it("sends what the client accepts, brotli first when both are equal", () => {
    expect(chooseEncoding("gzip")).toBe("gzip");
    expect(chooseEncoding("gzip, deflate")).toBe("gzip");
    expect(chooseEncoding("br")).toBe("br");
    expect(chooseEncoding("gzip, deflate, br, zstd")).toBe("br");
    expect(chooseEncoding("GZIP")).toBe("gzip");
  });

  it("honours q-values, q=0 as a refusal and * for any other coding", () => {
    expect(chooseEncoding("br;q=0.5, gzip;q=0.9")).toBe("gzip");
    expect(chooseEncoding("br;q=0, gzip")).toBe("gzip");
    expect(chooseEncoding("gzip;q=0, br;q=0")).toBeNull();
    expect(chooseEncoding("*")).toBe("br");
    expect(chooseEncoding("*;q=0, gzip")).toBe("gzip");
    expect(chooseEncoding("deflate")).toBeNull();
  });
});
