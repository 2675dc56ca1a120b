/**
 * Runs `body`, which registers a teardown for each thing it starts (`defer`); the
 * teardowns run in reverse order when it ends, however it ends. A failing teardown is
 * logged and does not stop the others: nothing may stay running after a benchmark.
 */
export async function withTeardown<T>(body: (defer: (teardown: () => unknown) => void) => Promise<T>): Promise<T> {
  const teardowns: Array<() => unknown> = [];
  try {
    return await body((teardown) => teardowns.push(teardown));
  } finally {
    for (const teardown of teardowns.reverse()) {
      try {
        await teardown();
      } catch (err) {
        console.error("teardown failed:", err);
      }
    }
  }
}
