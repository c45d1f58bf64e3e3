import type { ConfigModule } from "@medusajs/framework/types"
import { describe, expect, it } from "vitest"
import { hasEmailProvider, resetPasswordLink } from "./cooperative-member-password-reset"

const withProviders = (providers: unknown[]) =>
  ({ modules: { notification: { resolve: "@medusajs/medusa/notification", options: { providers } } } }) as unknown as ConfigModule

describe("cooperative member password reset", () => {
  it("sends only through a provider of the email channel", () => {
    expect(hasEmailProvider({ modules: {} } as unknown as ConfigModule)).toBe(false)
    expect(hasEmailProvider(withProviders([{ id: "local", options: { channels: ["feed"] } }]))).toBe(false)
    expect(hasEmailProvider(withProviders([{ id: "sendgrid", options: { channels: ["email"], from: "a@b.ma" } }]))).toBe(true)
  })

  it("links to the portal's reset page in the asked language, French otherwise", () => {
    const reset = { entity_id: "fatima@tighza.ma", actor_type: "cooperative_member", token: "a.b+c" }
    expect(resetPasswordLink("https://tiwizi.ma/", { ...reset, metadata: { locale: "ar" } })).toBe(
      "https://tiwizi.ma/ar/cooperative/reset-password?token=a.b%2Bc&email=fatima%40tighza.ma",
    )
    expect(resetPasswordLink("https://tiwizi.ma", { ...reset, metadata: { locale: "de" } })).toMatch(/^https:\/\/tiwizi\.ma\/fr\//)
  })
})
