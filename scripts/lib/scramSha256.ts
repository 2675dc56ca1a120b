import { createHash, createHmac, pbkdf2Sync, randomBytes, timingSafeEqual } from "node:crypto";

/**
 * The server's side of SCRAM-SHA-256 (RFC 5802, RFC 7677) as Postgres speaks it: how the
 * embedded database checks a client's password without the password crossing the socket.
 * Channel binding is not offered (loopback, no TLS), so clients send `n,,` / `c=biws`.
 */

export const SCRAM_MECHANISM = "SCRAM-SHA-256";
/** Postgres's default `scram_iterations`, and RFC 7677's minimum. */
const ITERATIONS = 4096;

/** What the server keeps instead of the password; made once per password. */
export interface ScramVerifier {
  salt: Buffer;
  iterations: number;
  storedKey: Buffer;
  serverKey: Buffer;
}

export function scramVerifier(password: string, salt = randomBytes(16), iterations = ITERATIONS): ScramVerifier {
  const salted = pbkdf2Sync(password, salt, iterations, 32, "sha256");
  return {
    salt,
    iterations,
    storedKey: sha256(hmac(salted, "Client Key")),
    serverKey: hmac(salted, "Server Key"),
  };
}

/** One client's exchange: the client-first message in, the server-first out, then the final pair. */
export class ScramExchange {
  #clientFirstBare = "";
  #serverFirst = "";
  #nonce = "";

  constructor(private readonly verifier: ScramVerifier) {}

  /** The server-first message for `clientFirst` (`n,,n=…,r=<nonce>`); undefined when malformed. */
  start(clientFirst: string): string | undefined {
    const match = /^n,[^,]*,(n=[^,]*,r=([!-+\--~]+)(?:,.*)?)$/.exec(clientFirst);
    if (!match?.[1] || !match[2]) return undefined;
    this.#clientFirstBare = match[1];
    this.#nonce = match[2] + randomBytes(18).toString("base64");
    const { salt, iterations } = this.verifier;
    this.#serverFirst = `r=${this.#nonce},s=${salt.toString("base64")},i=${iterations}`;
    return this.#serverFirst;
  }

  /**
   * The server-final message (`v=<signature>`) when `clientFinal` proves the password;
   * undefined when it does not (a wrong password, a changed nonce, or garbage).
   */
  finish(clientFinal: string): string | undefined {
    const match = /^(c=[^,]*,r=([^,]*)(?:,.*)?),p=([A-Za-z0-9+/=]+)$/.exec(clientFinal);
    if (!match?.[1] || !this.#nonce || match[2] !== this.#nonce) return undefined;
    const proof = Buffer.from(match[3] ?? "", "base64");
    if (proof.length !== 32) return undefined;
    const authMessage = `${this.#clientFirstBare},${this.#serverFirst},${match[1]}`;
    const signature = hmac(this.verifier.storedKey, authMessage);
    const clientKey = Buffer.from(proof.map((byte, i) => byte ^ (signature[i] ?? 0)));
    if (!timingSafeEqual(sha256(clientKey), this.verifier.storedKey)) return undefined;
    return `v=${hmac(this.verifier.serverKey, authMessage).toString("base64")}`;
  }
}

function hmac(key: Buffer, text: string): Buffer {
  return createHmac("sha256", key).update(text).digest();
}

function sha256(data: Buffer): Buffer {
  return createHash("sha256").update(data).digest();
}
