// @vitest-environment node
import { NextRequest } from "next/server"
import { describe, expect, it } from "vitest"
import proxy from "../proxy"
import { localeFromParam } from "./locale-param"
import { routing } from "./routing"

const request = (path: string, headers: Record<string, string> = {}) =>
  new NextRequest(new URL(path, "http://localhost:8000"), { headers })

describe("locale routing", () => {
  it("serves French by default, and Arabic and English", () => {
    expect(routing.defaultLocale).toBe("fr")
    expect([...routing.locales]).toEqual(["fr", "ar", "en"])
    expect(routing.localePrefix).toBe("always")
  })

  it("sends / to /fr, whatever language the browser prefers", async () => {
    for (const acceptLanguage of ["fr-FR,fr;q=0.9", "en-US,en;q=0.9", "ar-MA,ar;q=0.9"]) {
      const response = await proxy(request("/", { "accept-language": acceptLanguage }))
      expect(response.status).toBe(307)
      expect(new URL(response.headers.get("location")!).pathname).toBe("/fr")
    }
  })

  it("prefixes a path that has no locale with the default one", async () => {
    const response = await proxy(request("/products/tapis-beni-mguild?page=2"))
    expect(response.status).toBe(307)
    const location = new URL(response.headers.get("location")!)
    expect(location.pathname + location.search).toBe("/fr/products/tapis-beni-mguild?page=2")
  })

  it("lets localized paths through without a redirect or a locale cookie", async () => {
    for (const path of ["/fr", "/ar/cart", "/en/categories/tapis"]) {
      const response = await proxy(request(path))
      expect(response.headers.get("location")).toBeNull()
      expect(response.headers.get("set-cookie") ?? "").not.toMatch(/NEXT_LOCALE/)
    }
  })

  it("accepts the shop's locales as the [locale] segment and answers 404 for any other", () => {
    expect(localeFromParam("ar")).toBe("ar")
    expect(localeFromParam("en")).toBe("en")
    for (const unknown of ["de", "FR", "ar-MA", "favicon.ico"]) {
      let thrown: unknown
      try {
        localeFromParam(unknown)
      } catch (error) {
        thrown = error
      }
      expect((thrown as { digest?: string })?.digest).toBe("NEXT_HTTP_ERROR_FALLBACK;404")
    }
  })
})
