import { useEffect, useState } from "react";
import type * as Y from "yjs";

/**
 * Whether the document asks for network (`meta.deploy.network: true`). Only a hint: any
 * editor can write it, so deploys ignore it and the owner grants network on the site.
 */
export function useNetworkRequest(doc: Y.Doc): boolean {
  const meta = doc.getMap("meta");
  const read = () => {
    const deploy = meta.get("deploy");
    return typeof deploy === "object" && deploy !== null && (deploy as { network?: unknown }).network === true;
  };
  const [requested, setRequested] = useState(read);
  useEffect(() => {
    const update = () => setRequested(read());
    update();
    meta.observe(update);
    return () => meta.unobserve(update);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- read depends only on meta
  }, [meta]);
  return requested;
}
