import { createServer } from "node:net";

/** A loopback port kept listening until its real server is about to bind it. */
export interface HeldPort {
  port: number;
  /** Stops holding the port (later calls do nothing); call it just before binding. */
  release(): Promise<void>;
}

/**
 * A free loopback port, held. The launcher must name the database's ports before the
 * database starts (the Worker starts meanwhile, with them in DATABASE_URL), and in those
 * seconds the two wrangler processes bind ports of their own: a port only looked up
 * (getFreePort) and left free could be taken by then, and the start failed with
 * EADDRINUSE. Held, nobody else gets it; released, it is bound again within a tick.
 */
export function holdPort(host = "127.0.0.1"): Promise<HeldPort> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, host, () => {
      const address = server.address();
      if (typeof address !== "object" || !address) return reject(new Error("no port assigned"));
      let released: Promise<void> | undefined;
      resolve({
        port: address.port,
        release: () => (released ??= new Promise<void>((done) => server.close(() => done()))),
      });
    });
  });
}
