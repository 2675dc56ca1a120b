import type { Database } from "@wove/db";
import type { Bindings } from "../AppEnv.ts";
import { DevMailbox } from "./DevMailbox.ts";
import { HttpMailer } from "./HttpMailer.ts";
import type { Mailer } from "./Mailer.ts";

/** Local mode keeps every email in the dev mailbox; production needs a provider. */
export function createMailer(env: Bindings, db: Database): Mailer {
  if (env.EMAIL_API_URL && env.EMAIL_API_KEY && env.EMAIL_FROM) {
    return new HttpMailer({ url: env.EMAIL_API_URL, apiKey: env.EMAIL_API_KEY, from: env.EMAIL_FROM });
  }
  if (env.WOVE_MODE === "local") return new DevMailbox(db);
  return {
    send: () =>
      Promise.reject(
        new Error("Email is not configured: set EMAIL_API_URL, EMAIL_API_KEY and EMAIL_FROM, or run in local mode"),
      ),
  };
}
