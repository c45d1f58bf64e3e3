import { appendFile, mkdir } from "node:fs/promises"
import { dirname } from "node:path"
import type { ProviderSendNotificationDTO, ProviderSendNotificationResultsDTO } from "@medusajs/framework/types"
import { AbstractNotificationProviderService, MedusaError } from "@medusajs/framework/utils"
import { defaultSmsFile } from "./sms-file"

type Options = { channels?: string[]; file?: string }

/** One line of the SMS file: the message as the phone would show it, and to which number. */
export type SmsEntry = {
  id: string
  to: string
  channel: string
  template: string
  locale: string | null
  text: string
  data: Record<string, unknown>
  created_at: string
}

/**
 * The development and test "SMS gateway" of the `sms` channel: it appends each message, already
 * written by the subscriber that sent it (`content.text`), as one JSON line to a file. A real
 * SMS or WhatsApp provider takes its place through the configuration and receives the same
 * notification; the texts live in `src/notifications` and serve every provider alike.
 */
export default class SmsFileNotificationProvider extends AbstractNotificationProviderService {
  static identifier = "tiwizi-sms-file"
  private readonly file: string

  // Public, unlike the base class's: ModuleProvider registers the class by its constructor.
  constructor(_container: Record<string, unknown>, options: Options) {
    super()
    this.file = options.file || defaultSmsFile()
  }

  async send(notification: ProviderSendNotificationDTO & { id?: string }): Promise<ProviderSendNotificationResultsDTO> {
    if (!notification?.to) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "A text message needs a phone number")
    }
    const text = notification.content?.text
    if (!text) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "A text message needs its text in content.text")
    }
    const data = notification.data ?? {}
    const entry: SmsEntry = {
      id: notification.id ?? "",
      to: notification.to,
      channel: notification.channel,
      template: notification.template,
      locale: typeof data.locale === "string" ? data.locale : null,
      text,
      data,
      created_at: new Date().toISOString(),
    }
    await mkdir(dirname(this.file), { recursive: true })
    // One write per line with O_APPEND: concurrent sends never interleave inside a line.
    await appendFile(this.file, `${JSON.stringify(entry)}\n`, "utf8")
    return { id: entry.id }
  }
}
