import { desc, eq } from "drizzle-orm";
import { devMailbox, type Database } from "@wove/db";
import type { MailMessage, Mailer } from "./Mailer.ts";

/**
 * Stores every message in Postgres instead of sending it, so magic links and invitations
 * work offline and in tests. Only used when WOVE_MODE is "local".
 */
export class DevMailbox implements Mailer {
  constructor(private readonly db: Database) {}

  async send(message: MailMessage): Promise<void> {
    await this.db.insert(devMailbox).values({
      to: message.to.toLowerCase(),
      subject: message.subject,
      text: message.text,
      html: message.html ?? null,
    });
  }

  /** Newest first; `to` filters by recipient. */
  async list(options: { to?: string; limit?: number } = {}) {
    const query = this.db
      .select()
      .from(devMailbox)
      .orderBy(desc(devMailbox.id))
      .limit(options.limit ?? 50);
    return options.to ? query.where(eq(devMailbox.to, options.to.toLowerCase())) : query;
  }
}
