import * as awarenessProtocol from "y-protocols/awareness";

/**
 * Takes this client's presence away when the page goes (`pagehide`), as y-websocket
 * does: the awareness update is sent at once, on the still-open socket, so others see
 * the person leave now rather than when the room notices the socket closed (or, if it
 * never closes cleanly, at the 30 s awareness timeout). `pagehide`, not `beforeunload`:
 * the latter fires for a leave that a prompt may still cancel. A page that comes back
 * from the back-forward cache (`pageshow`, persisted) shows its presence again.
 * Does nothing where there is no window (Node). Answers the function that stops it.
 */
export function hidePresenceOnPageHide(awareness: awarenessProtocol.Awareness): () => void {
  let hidden: Record<string, unknown> | null = null;
  const onPageHide = () => {
    hidden = awareness.getLocalState();
    if (hidden !== null) awarenessProtocol.removeAwarenessStates(awareness, [awareness.clientID], "window unload");
  };
  const onPageShow = (event: Event) => {
    const presence = hidden;
    hidden = null;
    if ((event as PageTransitionEvent).persisted && presence && awareness.getLocalState() === null) {
      awareness.setLocalState(presence);
    }
  };
  globalThis.addEventListener?.("pagehide", onPageHide);
  globalThis.addEventListener?.("pageshow", onPageShow);
  return () => {
    globalThis.removeEventListener?.("pagehide", onPageHide);
    globalThis.removeEventListener?.("pageshow", onPageShow);
  };
}
