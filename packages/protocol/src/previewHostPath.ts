/**
 * Where the web app's preview host page is (apps/web/preview-host.html): the IDE frames it,
 * and the platform answers it with headers of its own (workers/platform/src/assets/appPageHeaders.ts).
 * Without `.html`: the assets binding answers `/preview-host.html` with a redirect to this.
 */
export const PREVIEW_HOST_PATH = "/preview-host";
