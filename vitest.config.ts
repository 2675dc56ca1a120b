import { defineConfig } from "vitest/config";

/**
 * One `vitest run` runs every suite: pure units in Node, the Worker and its Durable
 * Objects inside workerd, and user journeys in real Chromium against a platform the
 * e2e suite starts and stops itself.
 */
export default defineConfig({
  test: {
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
          // Each file starts whole platforms; on two cores they run one file at a time.
          fileParallelism: false,
          testTimeout: 180_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
