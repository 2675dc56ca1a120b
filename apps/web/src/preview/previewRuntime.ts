import { PREVIEW_ORIGIN } from "./linkAddress.ts";
import { PREVIEW_TAG } from "./previewMessages.ts";
import { toDataUrl } from "./toDataUrl.ts";

/*
 * Code that runs inside the preview frame, serialized with Function#toString: each
 * function below must stay self-contained (no imports, no outer variables), and must not
 * contain the text "</script" since it is inlined in a <script> element.
 */

/** First script of every preview page: forwards console calls, errors and link clicks. */
function prelude(tag: string, nonce: string): void {
  const send = (message: Record<string, unknown>) => parent.postMessage({ tag, nonce, ...message }, "*");
  const show = (value: unknown): string => {
    if (typeof value === "string") return value;
    if (value instanceof Error) return value.stack ?? `${value.name}: ${value.message}`;
    try {
      return JSON.stringify(value) ?? String(value);
    } catch {
      return String(value);
    }
  };
  const flags = window as unknown as { __wovePrelude?: boolean };
  // A Worker's HTML answer is written over the runtime's document in the same window:
  // the console is patched once, the listeners (which document.open erases) every time.
  if (!flags.__wovePrelude) {
    flags.__wovePrelude = true;
    for (const level of ["log", "info", "warn", "error", "debug"] as const) {
      const original = console[level].bind(console);
      console[level] = (...args: unknown[]) => {
        send({ type: "console", level, text: args.map(show).join(" ") });
        original(...args);
      };
    }
  }
  addEventListener("error", (event) => {
    const where = event.lineno ? ` (line ${event.lineno})` : "";
    send({ type: "console", level: "error", text: `${show(event.error ?? event.message)}${where}` });
  });
  addEventListener("unhandledrejection", (event) => {
    send({ type: "console", level: "error", text: `Unhandled rejection: ${show(event.reason)}` });
  });
  document.addEventListener("click", (event) => {
    const link = (event.target as Element | null)?.closest?.("a[href]");
    const href = link?.getAttribute("href");
    if (!href || event.defaultPrevented || /^([a-z][a-z0-9+.-]*:|\/\/|#)/i.test(href)) return;
    if (link?.getAttribute("target") === "_blank") return;
    event.preventDefault();
    send({ type: "navigate", href });
  });
}

/**
 * The Worker runtime: waits for the IDE's request, calls the bundled module's `fetch`,
 * and shows the Response: HTML replaces the document (with the prelude again first),
 * anything else is shown as text with its status.
 */
function workerRuntime(tag: string, nonce: string, origin: string, moduleUrl: string, preludeScript: string): void {
  const show = (status: string, body: string) => {
    const pre = document.createElement("pre");
    pre.className = "wove-response";
    pre.textContent = `${status}\n\n${body}`;
    document.body.replaceChildren(pre);
  };
  addEventListener("message", (event) => {
    const data = event.data as { tag?: unknown; nonce?: unknown; type?: unknown; path?: unknown };
    if (event.source !== parent || data?.tag !== tag || data.nonce !== nonce || data.type !== "request") return;
    const path = typeof data.path === "string" ? data.path : "/";
    void (async () => {
      try {
        const module = (await import(moduleUrl)) as { default?: { fetch?: unknown } };
        const handler = module.default?.fetch;
        if (typeof handler !== "function") throw new Error("The Worker's default export has no fetch(request) method");
        const context = { waitUntil: () => undefined, passThroughOnException: () => undefined };
        const request = new Request(new URL(path, origin).href);
        const response = (await handler.call(module.default, request, {}, context)) as unknown;
        if (!(response instanceof Response)) throw new Error("fetch() must return a Response");
        const body = await response.text();
        if ((response.headers.get("content-type") ?? "").includes("text/html")) {
          document.open();
          // Built at run time: a minifier would fold a split literal back into an end tag.
          const end = `${String.fromCharCode(60)}/script>`;
          document.write(`<script>${preludeScript}${end}${body}`);
          document.close();
          return;
        }
        show(
          `${response.status} ${response.statusText} · ${response.headers.get("content-type") ?? "no content type"}`,
          body,
        );
      } catch (error) {
        console.error(error);
        show("The Worker threw", error instanceof Error ? (error.stack ?? error.message) : String(error));
      }
    })();
  });
  parent.postMessage({ tag, nonce, type: "ready" }, "*");
}

/** The prelude, as a script for a page whose frame has this nonce. */
export const preludeScript = (nonce: string): string =>
  `(${prelude.toString()})(${JSON.stringify(PREVIEW_TAG)},${JSON.stringify(nonce)});`;

/** The document a Worker (or a full stack project's Worker route) runs in. */
export function workerDocument(nonce: string, moduleCode: string): string {
  const args = [PREVIEW_TAG, nonce, PREVIEW_ORIGIN, toDataUrl(moduleCode, "text/javascript"), preludeScript(nonce)].map(
    (value) =>
      // Escaped so the prelude's own source cannot end the script element early.
      JSON.stringify(value).replace(/</g, "\\u003c"),
  );
  return (
    `<!doctype html><html><head><meta charset="utf-8"><script>${preludeScript(nonce)}</script>` +
    `<style>body{font:13px ui-monospace,monospace;margin:12px}pre{white-space:pre-wrap}</style></head><body>` +
    `<script>(${workerRuntime.toString()})(${args.join(",")});</script></body></html>`
  );
}
