import { afterEach, describe, expect, it } from "vitest";
import { launchChromium } from "./launchChromium.ts";

const saved = process.env.CHROMIUM_PATH;
afterEach(() => {
  if (saved === undefined) delete process.env.CHROMIUM_PATH;
  else process.env.CHROMIUM_PATH = saved;
});

describe("launchChromium", () => {
  it("fails saying how to install Chromium when it is missing", async () => {
    process.env.CHROMIUM_PATH = "/nonexistent/chromium";
    await expect(launchChromium()).rejects.toThrow(/apt-get install -y chromium.*CHROMIUM_PATH/s);
  });
});
