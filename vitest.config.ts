import { defineConfig } from "vitest/config";

/**
 * One `vitest run` runs every suite: pure units in Node, the Worker and its Durable
 * Objects inside workerd, and user journeys in real Chromium against a platform the
 * e2e suite starts and stops itself.
 */
export default defineConfig({
  test: {
    // Vitest's default on two cores is one file at a time. Most of a journey file's time is
    // spent waiting on the platform, Chromium and sockets, so unit and journey files run two
    // at a time; the worker project then runs on its own (its config says why).
    maxWorkers: 2,
    projects: [
      {
        test: {
          name: "unit",
          include: [
            "packages/*/src/**/*.test.ts",
            "scripts/**/*.test.ts",
            "bench/**/*.test.ts",
            "workers/platform/src/**/*.node.test.ts",
            "apps/web/src/**/*.test.{ts,tsx}",
          ],
          environment: "node",
          testTimeout: 30_000,
        },
      },
      "workers/platform/vitest.config.ts",
      {
        test: {
          name: "e2e",
          include: ["e2e/**/*.test.ts"],
          environment: "node",
          // Each file starts its own platforms on free ports, with their own data folders.
          testTimeout: 180_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
