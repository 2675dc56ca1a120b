import { useLayoutEffect, useRef } from "react";
import type { PreviewBuild } from "./buildPreview.ts";
import { readFrameMessage, writeHostMessage, type FrameMessage } from "./previewMessages.ts";

type Ready = Extract<PreviewBuild, { ok: true }>;

/**
 * The sandboxed frame. No `allow-same-origin`: the page runs in an opaque origin, so it
 * cannot read the IDE's cookies, storage or DOM. A new build is a new frame (keyed by
 * its nonce), so each page starts from a clean global, and only the current frame's
 * window, with its nonce, is listened to.
 */
export function PreviewFrame({ build, onMessage }: { build: Ready; onMessage: (message: FrameMessage) => void }) {
  const frame = useRef<HTMLIFrameElement>(null);
  const handler = useRef(onMessage);
  useLayoutEffect(() => {
    handler.current = onMessage;
  });
  // Listening from the layout effect, in the commit that inserts the frame: a passive
  // effect can run after the frame's first task, and a `ready` missed is a blank page.
  useLayoutEffect(() => {
    const listen = (event: MessageEvent) => {
      const window = frame.current?.contentWindow;
      if (!window || event.source !== window) return;
      const message = readFrameMessage(event.data, build.nonce);
      if (!message) return;
      // An opaque origin can only be addressed as "*"; the frame checks the nonce and that we are its parent.
      if (message.type === "ready" && build.request !== null) {
        window.postMessage(writeHostMessage({ type: "request", path: build.request }, build.nonce), "*");
      }
      handler.current(message);
    };
    addEventListener("message", listen);
    return () => removeEventListener("message", listen);
  }, [build]);
  return (
    <iframe
      key={build.nonce}
      ref={frame}
      title="Preview"
      className="preview__frame"
      sandbox="allow-scripts allow-forms allow-modals allow-popups"
      srcDoc={build.document}
    />
  );
}
