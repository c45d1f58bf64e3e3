import { render, screen } from "@testing-library/react"
import { describe, expect, it } from "vitest"
import { Price } from "./price"

const unavailableLabel = "Prix indisponible dans cette région"

const textOf = (ui: React.ReactElement) => render(ui).container.textContent

describe("Price", () => {
  it("writes dirhams the way a French-reading Moroccan customer reads them", () => {
    expect(textOf(<Price money={{ amount: 1250, currency: "mad" }} locale="fr" unavailableLabel={unavailableLabel} />)).toBe(
      "1.250,00\u00a0MAD",
    )
  })

  it("writes dirhams in Arabic with the Arabic symbol and Latin digits, isolated for bidi", () => {
    const { container } = render(<Price money={{ amount: 1250, currency: "mad" }} locale="ar" unavailableLabel="" />)
    const amount = container.querySelector("bdi")
    expect(amount?.textContent).toContain("د.م.")
    expect(amount?.textContent).toMatch(/1[.,\u00a0\u202f]?250/)
    expect(amount?.textContent).not.toMatch(/[٠-٩]/)
  })

  it("writes euros and dollars per locale", () => {
    expect(textOf(<Price money={{ amount: 89.5, currency: "eur" }} locale="en" unavailableLabel="" />)).toBe("€89.50")
    expect(textOf(<Price money={{ amount: 89.5, currency: "eur" }} locale="fr" unavailableLabel="" />)).toBe("89,50\u00a0€")
    expect(textOf(<Price money={{ amount: 1200, currency: "usd" }} locale="en" unavailableLabel="" />)).toBe("US$1,200.00")
  })

  it("prefixes 'from' when variants differ in price", () => {
    render(<Price money={{ amount: 300, currency: "mad" }} locale="fr" fromLabel="à partir de" unavailableLabel="" />)
    expect(screen.getByText(/à partir de/)).toBeInTheDocument()
    expect(screen.getByText("300,00 MAD")).toBeInTheDocument()
  })

  it("says so when there is no price in the visitor's region", () => {
    render(<Price money={null} locale="fr" unavailableLabel={unavailableLabel} />)
    expect(screen.getByText(unavailableLabel)).toBeInTheDocument()
  })
})
