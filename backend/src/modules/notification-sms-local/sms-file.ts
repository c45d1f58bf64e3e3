import { dirname, join } from "node:path"
import { defaultOutboxFile } from "../notification-local/outbox-file"

/**
 * Where text messages are written when `NOTIFICATIONS_SMS_FILE` is not set:
 * `.data/notifications/sms.jsonl` at the repository's root, next to the email outbox, so a
 * developer finds every message the shop sent in one folder.
 */
export function defaultSmsFile(from: string = process.cwd()): string {
  return join(dirname(defaultOutboxFile(from)), "sms.jsonl")
}
