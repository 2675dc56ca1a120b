import { PREVIEW_HOST_PATH } from "@wove/protocol";

/**
 * Headers for the web app's own responses (the IDE, the dashboard, their scripts), added
 * where the Worker hands a request to ASSETS. Deployed sites never pass through here
 * (they are answered by their own host before any route).
 *
 * The app's policy allows only the platform itself: its scripts (no inline or injected
 * ones), its API and room sockets, its frames. The exceptions each have one reason:
 * `'wasm-unsafe-eval'` and `blob:` workers for esbuild-wasm (the preview's bundler, which
 * compiles its wasm and starts its worker from a blob), inline styles for Monaco and
 * React's `style` props, `data:`/`blob:` images for uploaded files' previews.
 *
 * The person's page in the preview must not be bound by it: it is an `srcdoc` frame, and
 * an `srcdoc` document inherits the policy of the document that holds it. So the preview
 * frame loads the preview host (`/preview-host`, apps/web/src/preview/previewHost.ts),
 * whose only policy is that nothing but the app may frame it, and the host holds the page.
 */
const APP_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "frame-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join("; ");

export const APP_PAGE_HEADERS: Readonly<Record<string, string>> = {
  "Content-Security-Policy": APP_POLICY,
  "X-Content-Type-Options": "nosniff",
};

/**
 * The preview host's: framed by the app only, and no fetch directive at all, since the
 * page it holds inherits whatever it has.
 */
export const PREVIEW_HOST_HEADERS: Readonly<Record<string, string>> = {
  "Content-Security-Policy": "frame-ancestors 'self'",
  "X-Content-Type-Options": "nosniff",
};

/** `response` (the asset at `path`) with the app's headers (a copy: responses from a binding are immutable). */
export function withAppPageHeaders(response: Response, path: string): Response {
  const headers = new Headers(response.headers);
  const host = path === PREVIEW_HOST_PATH || path === `${PREVIEW_HOST_PATH}.html`;
  const ours = host ? PREVIEW_HOST_HEADERS : APP_PAGE_HEADERS;
  for (const [name, value] of Object.entries(ours)) headers.set(name, value);
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
}
