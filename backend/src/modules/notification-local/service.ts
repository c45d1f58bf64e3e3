import { appendFile, mkdir } from "node:fs/promises"
import { dirname } from "node:path"
import type { ProviderSendNotificationDTO, ProviderSendNotificationResultsDTO } from "@medusajs/framework/types"
import { AbstractNotificationProviderService, MedusaError } from "@medusajs/framework/utils"
import { defaultOutboxFile } from "./outbox-file"

type Options = { channels?: string[]; file?: string }

/** One line of the outbox: what was sent, to whom, and the email as the reader gets it. */
export type OutboxEntry = {
  id: string
  to: string
  channel: string
  template: string
  locale: string | null
  subject: string | null
  text: string | null
  html: string | null
  data: Record<string, unknown>
  created_at: string
}

/**
 * The development and test email "sender": it appends each notification, already rendered by
 * the subscriber that sent it (`content`), as one JSON line to the outbox file, so people and
 * tests read exactly the email a real provider would have delivered. It never renders: the
 * templates live in `src/notifications` and serve every provider alike.
 */
export default class OutboxNotificationProvider extends AbstractNotificationProviderService {
  static identifier = "tiwizi-outbox"
  private readonly file: string

  // Public, unlike the base class's: ModuleProvider registers the class by its constructor.
  constructor(_container: Record<string, unknown>, options: Options) {
    super()
    this.file = options.file || defaultOutboxFile()
  }

  async send(notification: ProviderSendNotificationDTO & { id?: string }): Promise<ProviderSendNotificationResultsDTO> {
    if (!notification?.to) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "A notification needs a recipient")
    }
    const data = notification.data ?? {}
    const entry: OutboxEntry = {
      id: notification.id ?? "",
      to: notification.to,
      channel: notification.channel,
      template: notification.template,
      locale: typeof data.locale === "string" ? data.locale : null,
      subject: notification.content?.subject ?? null,
      text: notification.content?.text ?? null,
      html: notification.content?.html ?? null,
      data,
      created_at: new Date().toISOString(),
    }
    await mkdir(dirname(this.file), { recursive: true })
    // One write per line with O_APPEND: concurrent sends never interleave inside a line.
    await appendFile(this.file, `${JSON.stringify(entry)}\n`, "utf8")
    return { id: entry.id }
  }
}
