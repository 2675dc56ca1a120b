/**
 * The y-websocket reference server (`@y/websocket-server`), as its own `server.js` runs
 * it but on a given loopback port: `node --import tsx runReferenceServer.ts <port>`.
 * Documents live in memory only (no YPERSISTENCE). Prints "listening" once ready; exits
 * when its stdin closes, so it never outlives the benchmark that started it.
 */
import { setupWSConnection } from "@y/websocket-server/utils";
import { WebSocketServer } from "ws";

const port = Number(process.argv[2]);
const server = new WebSocketServer({ host: "127.0.0.1", port });
server.on("connection", (conn, req) => setupWSConnection(conn, req));
server.on("listening", () => console.log("listening"));
server.on("error", (err) => {
  console.error(err);
  process.exit(1);
});
process.stdin.resume();
process.stdin.on("end", () => process.exit(0));
process.on("SIGTERM", () => process.exit(0));
