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
          // A page under a loaded machine (CI runs the three projects at once on two cores) can
          // take longer than expect.poll's default second to show what it will show: "All
          // changes saved" waits for typing to pause and the room to confirm, for one.
          expect: { poll: { timeout: 10_000 } },
        },
      },
    ],
  },
});
