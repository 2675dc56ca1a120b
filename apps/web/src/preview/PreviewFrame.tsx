import { PREVIEW_HOST_PATH } from "@wove/protocol";
import { useLayoutEffect, useRef } from "react";
import type { PreviewBuild } from "./buildPreview.ts";
import { HOST_READY, SHOW } from "./previewHost.ts";
import { PREVIEW_TAG, readFrameMessage, writeHostMessage, type FrameMessage } from "./previewMessages.ts";

type Ready = Extract<PreviewBuild, { ok: true }>;

/**
 * The preview: a frame of the preview host, which holds the person's page in a sandboxed
 * frame without `allow-same-origin` (an opaque origin, so it cannot read the IDE's cookies,
 * storage or DOM) under no policy of the IDE's. Each build is shown in a new page frame,
 * so each page starts from a clean global, and only the current page's messages, with its
 * nonce, are listened to (the host passes on only the current page's).
 */
export function PreviewFrame({ build, onMessage }: { build: Ready; onMessage: (message: FrameMessage) => void }) {
  const frame = useRef<HTMLIFrameElement>(null);
  const hostReady = useRef(false);
  const handler = useRef(onMessage);
  useLayoutEffect(() => {
    handler.current = onMessage;
  });
  // Listening from the layout effect, in the commit that inserts the frame: a passive
  // effect can run after the frame's first task, and a `ready` missed is a blank page.
  useLayoutEffect(() => {
    const host = () => frame.current?.contentWindow ?? null;
    const show = () => host()?.postMessage({ tag: PREVIEW_TAG, type: SHOW, html: build.document }, location.origin);
    const listen = (event: MessageEvent) => {
      const window = host();
      if (!window || event.source !== window || event.origin !== location.origin) return;
      const data = event.data as { tag?: unknown; type?: unknown } | null;
      if (data?.tag === PREVIEW_TAG && data.type === HOST_READY) {
        hostReady.current = true;
        show();
        return;
      }
      const message = readFrameMessage(event.data, build.nonce);
      if (!message) return;
      if (message.type === "ready" && build.request !== null) {
        window.postMessage(writeHostMessage({ type: "request", path: build.request }, build.nonce), location.origin);
      }
      handler.current(message);
    };
    addEventListener("message", listen);
    if (hostReady.current) show();
    return () => removeEventListener("message", listen);
  }, [build]);
  return <iframe ref={frame} title="Preview" className="preview__frame" src={PREVIEW_HOST_PATH} />;
}
