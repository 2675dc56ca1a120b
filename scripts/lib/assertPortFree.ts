import { createServer } from "node:net";

/** Fails with a message that says what to do when `port` is taken. */
export function assertPortFree(port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", (err: NodeJS.ErrnoException) =>
      reject(
        new Error(
          err.code === "EADDRINUSE"
            ? `Port ${port} is already in use. Stop what is using it, or choose another with PORT=<port>.`
            : `Cannot listen on port ${port}: ${err.message}`,
        ),
      ),
    );
    server.listen(port, () => server.close(() => resolve()));
  });
}
