import { render, screen } from "@testing-library/react"
import { describe, expect, it } from "vitest"
import { Pagination } from "./pagination"

const labels = { nav: "Pagination", previous: "Page précédente", next: "Page suivante", pageOf: "Page 2 sur 3" }

describe("Pagination", () => {
  it("adds ?page= to a plain listing path", () => {
    render(<Pagination page={2} total={3} basePath="/fr/categories/tapis" labels={labels} />)
    expect(screen.getByRole("link", { name: "Page précédente" })).toHaveAttribute("href", "/fr/categories/tapis")
    expect(screen.getByRole("link", { name: "Page suivante" })).toHaveAttribute("href", "/fr/categories/tapis?page=3")
  })

  it("keeps a search's query and adds &page=", () => {
    render(<Pagination page={2} total={3} basePath="/ar/search?q=tapis&material=wool" labels={labels} />)
    expect(screen.getByRole("link", { name: "Page précédente" })).toHaveAttribute("href", "/ar/search?q=tapis&material=wool")
    expect(screen.getByRole("link", { name: "Page suivante" })).toHaveAttribute("href", "/ar/search?q=tapis&material=wool&page=3")
  })
})
