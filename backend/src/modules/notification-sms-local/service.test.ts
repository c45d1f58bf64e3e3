import { mkdtempSync, readFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { describe, expect, it } from "vitest"
import SmsFileNotificationProvider from "./service"
import { defaultSmsFile } from "./sms-file"

const fileIn = (name: string) => join(mkdtempSync(join(tmpdir(), "sms-")), "nested", name)

describe("SMS file notification provider", () => {
  it("appends each message as one JSON line, creating the folder", async () => {
    const file = fileIn("sms.jsonl")
    const provider = new SmsFileNotificationProvider({}, { channels: ["sms"], file })
    await Promise.all(
      ["+212612345678", "+212698765432"].map((to) =>
        provider.send({ to, channel: "sms", template: "cooperative-new-order", content: { text: "تيويزي: طلب جديد" }, data: { locale: "ar", url: "https://x" } }),
      ),
    )
    const lines = readFileSync(file, "utf8").trim().split("\n").map((line) => JSON.parse(line))
    expect(lines.map((line) => line.to).sort()).toEqual(["+212612345678", "+212698765432"])
    expect(lines[0]).toMatchObject({ channel: "sms", template: "cooperative-new-order", locale: "ar", text: "تيويزي: طلب جديد" })
    expect(lines[0].data.url).toBe("https://x")
  })

  it("refuses a message without a number or without text, writing nothing", async () => {
    const file = fileIn("sms.jsonl")
    const provider = new SmsFileNotificationProvider({}, { file })
    await expect(provider.send({ to: "", channel: "sms", template: "x", content: { text: "x" } })).rejects.toThrow(/phone number/)
    await expect(provider.send({ to: "+212612345678", channel: "sms", template: "x" })).rejects.toThrow(/content\.text/)
    expect(() => readFileSync(file)).toThrow()
  })

  it("writes next to the email outbox, under the repository's .data folder, by default", () => {
    const backend = join(__dirname, "..", "..", "..")
    expect(defaultSmsFile(backend)).toBe(join(backend, "..", ".data", "notifications", "sms.jsonl"))
  })
})
