/**
 * The header the Worker uses to tell a room the client's IP. The room is reachable only
 * through the Worker, which always overwrites it, so a value a client sent never arrives.
 */
const CLIENT_IP_HEADER = "x-wove-client-ip";

/** `request` as a room should see it: with the IP the Worker vouches for. */
export function withClientIp(request: Request, ip: string): Request {
  const forwarded = new Request(request);
  forwarded.headers.set(CLIENT_IP_HEADER, ip);
  return forwarded;
}

/** The IP the Worker set (see withClientIp); "unknown" when it could not tell. */
export function readClientIp(request: Request): string {
  return request.headers.get(CLIENT_IP_HEADER) || "unknown";
}
