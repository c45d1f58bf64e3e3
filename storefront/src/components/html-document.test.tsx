import { renderToStaticMarkup } from "react-dom/server"
import { describe, expect, it } from "vitest"
import { HtmlDocument } from "./html-document"

const documentOf = (locale: "fr" | "ar" | "en") => {
  const html = renderToStaticMarkup(<HtmlDocument locale={locale}>content</HtmlDocument>)
  return new DOMParser().parseFromString(html, "text/html").documentElement
}

describe("HtmlDocument", () => {
  it("writes Arabic right to left", () => {
    const html = documentOf("ar")
    expect(html.getAttribute("lang")).toBe("ar")
    expect(html.getAttribute("dir")).toBe("rtl")
  })

  it("writes French and English left to right", () => {
    for (const locale of ["fr", "en"] as const) {
      const html = documentOf(locale)
      expect(html.getAttribute("lang")).toBe(locale)
      expect(html.getAttribute("dir")).toBe("ltr")
    }
  })

  it("renders the page inside the body", () => {
    expect(documentOf("fr").querySelector("body")?.textContent).toBe("content")
  })
})
