import type { MailMessage, Mailer } from "./Mailer.ts";

export interface HttpMailerConfig {
  /** The provider's send endpoint, e.g. https://api.resend.com/emails. */
  url: string;
  apiKey: string;
  from: string;
}

/**
 * Sends through an HTTP email API that takes `{from, to, subject, text, html}` as JSON
 * with a Bearer key (Resend's shape; Postmark, SendGrid and others have adapters that
 * accept it). Failures throw, so the caller can answer with a clear error.
 */
export class HttpMailer implements Mailer {
  constructor(private readonly config: HttpMailerConfig) {}

  async send(message: MailMessage): Promise<void> {
    const res = await fetch(this.config.url, {
      method: "POST",
      headers: { authorization: `Bearer ${this.config.apiKey}`, "content-type": "application/json" },
      body: JSON.stringify({ from: this.config.from, ...message }),
    });
    if (!res.ok) {
      // The provider's answer may quote the message; keep only the status.
      throw new Error(`email provider answered HTTP ${res.status}`);
    }
  }
}
