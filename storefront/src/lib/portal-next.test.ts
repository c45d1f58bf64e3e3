import { describe, expect, it } from "vitest"
import { portalAuthPath, safePortalNext } from "./portal-next"

describe("safePortalNext", () => {
  it("keeps a page of the portal, with its query", () => {
    expect(safePortalNext("/ar/cooperative/join?token=abc", "ar")).toBe("/ar/cooperative/join?token=abc")
    expect(safePortalNext("/fr/cooperative", "fr")).toBe("/fr/cooperative")
    expect(safePortalNext("/fr/cooperative/listings?state=rejected", "ar")).toBe("/fr/cooperative/listings?state=rejected")
  })

  it("refuses other sites, shop pages and look-alikes", () => {
    for (const value of [
      "https://evil.example/fr/cooperative",
      "//evil.example/fr/cooperative",
      "/\\evil.example/fr/cooperative",
      "/fr/account",
      "/fr/cart",
      "/fr/cooperatives/tifawin",
      "/fr/cooperativex",
      "/cooperative",
      "/fr/cooperative/../account",
      undefined,
      ["/fr/cooperative/orders"],
    ]) {
      expect(safePortalNext(value, "fr"), String(value)).toBe("/fr/cooperative")
    }
  })

  it("never comes back to a page that would send the member on again", () => {
    for (const page of ["login", "register", "forgot-password", "reset-password"]) {
      expect(safePortalNext(`/ar/cooperative/${page}?next=/ar/cooperative`, "ar")).toBe("/ar/cooperative")
    }
  })
})

describe("portalAuthPath", () => {
  it("adds `next` only when it leads somewhere other than home", () => {
    expect(portalAuthPath("ar", "login")).toBe("/ar/cooperative/login")
    expect(portalAuthPath("ar", "login", "/ar/cooperative")).toBe("/ar/cooperative/login")
    expect(portalAuthPath("fr", "register", "/fr/cooperative/join?token=t")).toBe(
      "/fr/cooperative/register?next=%2Ffr%2Fcooperative%2Fjoin%3Ftoken%3Dt",
    )
    expect(portalAuthPath("fr", "login", "https://evil.example")).toBe("/fr/cooperative/login")
  })
})
