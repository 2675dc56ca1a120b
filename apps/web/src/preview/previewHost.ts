import { PREVIEW_TAG } from "./previewMessages.ts";

/**
 * The preview's host page (`preview-host.html`): an unsandboxed frame of the IDE's own
 * origin that holds the sandboxed frame the person's page runs in, and passes messages
 * between the two.
 *
 * Why a frame between them: the page is an `srcdoc` document (built in the browser, so it
 * works offline; a sandboxed frame loaded from a URL is never served by the service
 * worker), and an `srcdoc` document inherits the policy of the document that holds it.
 * Held by the IDE, it would be bound by the IDE's Content-Security-Policy (no inline
 * scripts, no `data:` modules, requests only to the platform), which is no policy for
 * a person's own page. Held by this page, whose only policy is `frame-ancestors 'self'`
 * (see appPageHeaders.ts), it runs as it would anywhere, in an opaque origin.
 *
 * IDE → host: `show` (a new build's document: the old page frame is replaced, so each
 * build starts from a clean global); anything else goes on to the page. Host → IDE:
 * `host-ready` once, then whatever the page sends. Only the IDE (this frame's parent, of
 * the same origin) can show a page; only the current page frame is heard.
 */
export const HOST_READY = "host-ready";
export const SHOW = "show";

/** Where a message that reached the host goes. */
export type HostRoute = { to: "show"; html: string } | { to: "page" } | { to: "ide" } | null;

export function routeHostMessage(
  event: { source: unknown; origin: string; data: unknown },
  sides: { ide: unknown; page: unknown; origin: string },
): HostRoute {
  if (sides.ide && event.source === sides.ide) {
    if (event.origin !== sides.origin) return null;
    const data = event.data as { tag?: unknown; type?: unknown; html?: unknown } | null;
    if (data?.tag === PREVIEW_TAG && data.type === SHOW) {
      return typeof data.html === "string" ? { to: "show", html: data.html } : null;
    }
    return sides.page ? { to: "page" } : null;
  }
  return sides.page && event.source === sides.page ? { to: "ide" } : null;
}

/** Runs the host in `window` (the preview host page's own). */
export function hostPreview(window: Window): void {
  let page: HTMLIFrameElement | null = null;
  window.addEventListener("message", (event) => {
    const route = routeHostMessage(event, {
      ide: window.parent === window ? null : window.parent,
      page: page?.contentWindow ?? null,
      origin: window.location.origin,
    });
    if (!route) return;
    if (route.to === "show") {
      page?.remove();
      page = window.document.createElement("iframe");
      page.title = "Preview page";
      // No allow-same-origin: the page runs in an opaque origin, away from the IDE's cookies,
      // storage and DOM (and this host's).
      page.sandbox.value = "allow-scripts allow-forms allow-modals allow-popups";
      page.srcdoc = route.html;
      window.document.body.append(page);
    } else if (route.to === "page") {
      // An opaque origin can only be addressed as "*"; the page checks the nonce and that its parent sent it.
      page?.contentWindow?.postMessage(event.data, "*");
    } else {
      window.parent.postMessage(event.data, window.location.origin);
    }
  });
  if (window.parent !== window)
    window.parent.postMessage({ tag: PREVIEW_TAG, type: HOST_READY }, window.location.origin);
}
