import { describe, expect, it } from "vitest"
import { formatExpiry, inviteLink, whatsappShareLink } from "./portal-invite"

describe("invitation links", () => {
  it("leads to the join page in the owner's language, with the token", () => {
    expect(inviteLink("https://tiwizi.ma", "ar", "abc+/=xyz")).toBe("https://tiwizi.ma/ar/cooperative/join?token=abc%2B%2F%3Dxyz")
  })

  it("opens WhatsApp with the message and the link, encoded", () => {
    const link = whatsappShareLink("Rejoignez Tifawin & co :", "https://tiwizi.ma/fr/cooperative/join?token=t")
    const url = new URL(link)
    expect(url.origin).toBe("https://wa.me")
    expect(url.searchParams.get("text")).toBe("Rejoignez Tifawin & co : https://tiwizi.ma/fr/cooperative/join?token=t")
    expect(link).not.toContain("+")
  })
})

describe("formatExpiry", () => {
  it("names the day in Morocco's time, with Latin digits in Arabic", () => {
    // 23:30 UTC on 5 December is already 6 December in Casablanca (UTC+1).
    expect(formatExpiry("2026-12-05T23:30:00Z", "fr")).toBe("6 décembre 2026")
    expect(formatExpiry("2026-12-05T23:30:00Z", "ar")).toMatch(/^6 .+ 2026$/)
  })
})
