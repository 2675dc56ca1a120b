import { get } from "node:http";

/**
 * GET of a deployed site's address (`http://<site>.localhost:<port>/`) on loopback with its
 * Host header, read to the end; resolves with the status. Through node:http, not fetch:
 * Node's fetch cannot resolve `*.localhost`, and it replaces a Host header given to it with
 * the URL's own, so the Worker would see the IDE's host and never route to the site.
 */
export function visitSite(site: URL): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = get(
      { host: "127.0.0.1", port: site.port, path: site.pathname, headers: { host: site.host } },
      (res) => {
        res.resume();
        res.on("end", () => resolve(res.statusCode ?? 0));
        res.on("error", reject);
      },
    );
    req.on("error", reject);
  });
}
