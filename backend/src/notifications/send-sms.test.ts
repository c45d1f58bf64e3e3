import type { MedusaContainer } from "@medusajs/framework/types"
import { describe, expect, it } from "vitest"
import { allSent, sendSms, smsNumber } from "./send-sms"

describe("sending a text message", () => {
  it("writes Moroccan numbers the international way, and keeps unknown ones as stored", () => {
    expect(smsNumber("06 61 23 45 67")).toBe("+212661234567")
    expect(smsNumber("+212 6 61 23 45 67")).toBe("+212661234567")
    expect(smsNumber("+212 5 12 34 56 78")).toBe("+212512345678")
  })

  it("sends the text through the sms channel, with the locale in its data", async () => {
    const sent: unknown[] = []
    const notification = { createNotifications: async (data: unknown) => void sent.push(data) }
    const container = { resolve: () => notification } as unknown as MedusaContainer
    await sendSms(container, { to: "0661234567", template: "payout-recorded", locale: "ar", text: "تيويزي", data: { amount: 10 }, idempotencyKey: "k" })
    expect(sent).toEqual([
      { to: "+212661234567", channel: "sms", template: "payout-recorded", content: { text: "تيويزي" }, data: { amount: 10, locale: "ar" }, idempotency_key: "k" },
    ])
  })

  it("lets every channel go out before throwing the first failure", async () => {
    const done: string[] = []
    const later = (name: string, fail = false) =>
      new Promise<void>((resolve, reject) => setTimeout(() => (done.push(name), fail ? reject(new Error(name)) : resolve()), 5))
    await expect(allSent([later("email", true), later("sms")])).rejects.toThrow("email")
    expect(done.sort()).toEqual(["email", "sms"])
    await expect(allSent([later("email"), later("sms")])).resolves.toBeUndefined()
  })
})
