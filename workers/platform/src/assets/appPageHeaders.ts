/**
 * Headers for the web app's own responses (the IDE, the dashboard, their scripts), added
 * where the Worker hands a request to ASSETS. Deployed sites never pass through here
 * (they are answered by their own host before any route), and neither does the preview:
 * it is an `srcdoc` frame inside the IDE.
 *
 * Why the policy is only `frame-ancestors`: an `srcdoc` document inherits its parent's
 * policy container (HTML, "determining the navigation params policy container"), so every
 * fetch directive, `object-src`, `base-uri` or `form-action` given to the IDE would also
 * bind the person's own page in the preview (its inline scripts, `data:` modules, requests
 * to anywhere). `frame-ancestors` is checked on the framed response's own headers, never
 * on a srcdoc, so it keeps other sites from framing the IDE (clickjacking a room, a deploy,
 * a key) without touching the preview. A fuller policy needs the preview in a frame loaded
 * from a URL of its own first.
 */
export const APP_PAGE_HEADERS: Readonly<Record<string, string>> = {
  "Content-Security-Policy": "frame-ancestors 'none'",
  "X-Content-Type-Options": "nosniff",
};

/** `response` with the app's headers (a copy: responses from a binding are immutable). */
export function withAppPageHeaders(response: Response): Response {
  const headers = new Headers(response.headers);
  for (const [name, value] of Object.entries(APP_PAGE_HEADERS)) headers.set(name, value);
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
}
