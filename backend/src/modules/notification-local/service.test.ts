import { mkdtempSync, readFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { describe, expect, it } from "vitest"
import { defaultOutboxFile } from "./outbox-file"
import OutboxNotificationProvider from "./service"

describe("outbox notification provider", () => {
  it("appends each notification as one JSON line, creating the folder", async () => {
    const file = join(mkdtempSync(join(tmpdir(), "outbox-")), "nested", "outbox.jsonl")
    const provider = new OutboxNotificationProvider({}, { channels: ["email"], file })
    const content = { subject: "Sujet", text: "Texte", html: "<p>Texte</p>" }
    await Promise.all(
      ["a@example.ma", "b@example.ma"].map((to) =>
        provider.send({ to, channel: "email", template: "order-confirmation", content, data: { locale: "ar", url: "https://x" } }),
      ),
    )
    const lines = readFileSync(file, "utf8").trim().split("\n").map((line) => JSON.parse(line))
    expect(lines.map((line) => line.to).sort()).toEqual(["a@example.ma", "b@example.ma"])
    expect(lines[0]).toMatchObject({ channel: "email", template: "order-confirmation", locale: "ar", subject: "Sujet", text: "Texte", html: "<p>Texte</p>" })
    expect(lines[0].data.url).toBe("https://x")
  })

  it("refuses a notification without a recipient", async () => {
    const provider = new OutboxNotificationProvider({}, { file: join(mkdtempSync(join(tmpdir(), "outbox-")), "o.jsonl") })
    await expect(provider.send({ to: "", channel: "email", template: "x" })).rejects.toThrow(/recipient/)
  })

  it("writes under the repository's .data folder by default", () => {
    expect(defaultOutboxFile(join(__dirname, "..", "..", ".."))).toBe(join(__dirname, "..", "..", "..", "..", ".data", "notifications", "outbox.jsonl"))
  })
})
