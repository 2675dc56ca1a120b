/** One email, as every Mailer sends it. */
export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  html?: string;
}

/**
 * Email delivery. Locally every message lands in the dev mailbox (`GET /api/dev/mailbox`);
 * in production an HTTP email provider sends it.
 */
export interface Mailer {
  send(message: MailMessage): Promise<void>;
}
