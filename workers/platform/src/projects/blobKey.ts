/** R2 key of a blob: content-addressed, so the same bytes are stored once. */
export const blobKey = (sha256: string) => `blobs/${sha256}`;
