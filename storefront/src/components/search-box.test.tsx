import { act, fireEvent, render, screen, waitFor } from "@testing-library/react"
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest"
import type { InstantResults } from "@/lib/instant-search"
import { SearchBox } from "./search-box"

const navigation = vi.hoisted(() => ({ push: vi.fn(), pathname: "/ar", search: "" }))
vi.mock("next/navigation", () => ({
  useRouter: () => ({ push: navigation.push }),
  usePathname: () => navigation.pathname,
  useSearchParams: () => new URLSearchParams(navigation.search),
}))

const labels = { label: "ابحث في المتجر", placeholder: "زربية، أركان…", submit: "بحث", results: "منتجات مقترحة" }

const answer: InstantResults = {
  query: "khenifra",
  summary: "3 منتجات",
  hits: ["أدرار", "تيزيري", "أنزار"].map((title, index) => ({
    id: `prod_${index}`,
    title: `زربية زيانية ${title}`,
    href: `/ar/products/p${index}`,
    thumbnail: null,
    price: "1.250,00 د.م.",
  })),
}

let fetchMock: ReturnType<typeof vi.fn>

beforeEach(() => {
  navigation.push.mockReset()
  navigation.pathname = "/ar"
  navigation.search = ""
  fetchMock = vi.fn(async () => new Response(JSON.stringify(answer), { status: 200 }))
  vi.stubGlobal("fetch", fetchMock)
})
afterEach(() => vi.unstubAllGlobals())

const renderBox = () => render(<SearchBox action="/ar/search" locale="ar" currency="mad" labels={labels} />)

async function typeAndWait(text: string) {
  const box = screen.getByRole("combobox", { name: labels.label })
  fireEvent.change(box, { target: { value: text } })
  await screen.findAllByRole("option")
  return box
}

describe("SearchBox", () => {
  it("is a search form that submits to the results page without JavaScript", () => {
    const { container } = renderBox()
    const form = container.querySelector("form")
    expect(form).toHaveAttribute("role", "search")
    expect(form).toHaveAttribute("action", "/ar/search")
    expect(form).toHaveAttribute("method", "get")
    const box = screen.getByRole("combobox", { name: labels.label })
    expect(box).toHaveAttribute("name", "q")
    expect(box).toHaveAttribute("aria-expanded", "false")
    // The listbox it controls exists, hidden, from the start.
    expect(document.getElementById(box.getAttribute("aria-controls")!)).toHaveAttribute("role", "listbox")
  })

  it("asks once the visitor pauses, with the locale and currency, and lists the results", async () => {
    renderBox()
    const box = screen.getByRole("combobox")
    for (const text of ["k", "kh", "khn", "khnifra"]) fireEvent.change(box, { target: { value: text } })
    const options = await screen.findAllByRole("option")
    expect(fetchMock).toHaveBeenCalledTimes(1)
    expect(fetchMock.mock.calls[0][0]).toBe("/api/search?q=khnifra&locale=ar&currency=mad")
    expect(options.map((o) => o.textContent)).toEqual(answer.hits.map((h) => `${h.title}${h.price}`))
    expect(box).toHaveAttribute("aria-expanded", "true")
    expect(screen.getByRole("listbox", { name: labels.results })).toBeVisible()
    expect(screen.getByRole("status")).toHaveTextContent("3 منتجات")
  })

  it("aborts a request that newer typing made stale", async () => {
    let firstSignal: AbortSignal | undefined
    fetchMock.mockImplementationOnce((_url: string, init: RequestInit) => {
      firstSignal = init.signal ?? undefined
      return new Promise<Response>(() => {})
    })
    renderBox()
    const box = screen.getByRole("combobox")
    fireEvent.change(box, { target: { value: "zarb" } })
    await waitFor(() => expect(fetchMock).toHaveBeenCalledTimes(1))
    fireEvent.change(box, { target: { value: "zarbia" } })
    expect(firstSignal?.aborted).toBe(true)
    await screen.findAllByRole("option")
    expect(fetchMock).toHaveBeenCalledTimes(2)
  })

  it("moves through the results with Down and Up, wrapping, and opens the chosen one with Enter", async () => {
    renderBox()
    const box = await typeAndWait("khnifra")
    const options = screen.getAllByRole("option")
    const activeIndex = () => options.findIndex((o) => o.id === box.getAttribute("aria-activedescendant"))

    expect(box).not.toHaveAttribute("aria-activedescendant")
    fireEvent.keyDown(box, { key: "ArrowDown" })
    expect(activeIndex()).toBe(0)
    expect(options[0]).toHaveAttribute("aria-selected", "true")
    fireEvent.keyDown(box, { key: "ArrowDown" })
    fireEvent.keyDown(box, { key: "ArrowDown" })
    expect(activeIndex()).toBe(2)
    fireEvent.keyDown(box, { key: "ArrowDown" })
    expect(activeIndex()).toBe(0)
    fireEvent.keyDown(box, { key: "ArrowUp" })
    expect(activeIndex()).toBe(2)
    expect(options[0]).toHaveAttribute("aria-selected", "false")

    const notPrevented = fireEvent.keyDown(box, { key: "Enter" })
    expect(notPrevented).toBe(false)
    expect(navigation.push).toHaveBeenCalledWith("/ar/products/p2")
    expect(box).toHaveAttribute("aria-expanded", "false")
  })

  it("lets Enter submit the form when no result is chosen", async () => {
    renderBox()
    const box = await typeAndWait("khnifra")
    // The browser submits the form on an Enter it was not prevented from handling.
    expect(fireEvent.keyDown(box, { key: "Enter" })).toBe(true)
    fireEvent.submit(box.closest("form")!)
    expect(navigation.push).toHaveBeenCalledWith("/ar/search?q=khnifra")
  })

  it("closes the list with Escape, then clears the box with a second Escape", async () => {
    renderBox()
    const box = await typeAndWait("khnifra")
    fireEvent.keyDown(box, { key: "ArrowDown" })
    fireEvent.keyDown(box, { key: "Escape" })
    expect(box).toHaveAttribute("aria-expanded", "false")
    expect(box).not.toHaveAttribute("aria-activedescendant")
    expect(box).toHaveValue("khnifra")
    fireEvent.keyDown(box, { key: "Escape" })
    expect(box).toHaveValue("")
  })

  it("opens a result on click", async () => {
    renderBox()
    await typeAndWait("khnifra")
    fireEvent.click(screen.getAllByRole("option")[1])
    expect(navigation.push).toHaveBeenCalledWith("/ar/products/p1")
  })

  it("says so when nothing matches, without an empty list", async () => {
    fetchMock.mockResolvedValueOnce(new Response(JSON.stringify({ query: "xyz", summary: "لم يُعثر على أي منتج", hits: [] })))
    renderBox()
    const box = screen.getByRole("combobox")
    fireEvent.change(box, { target: { value: "xyz" } })
    expect(await screen.findByText("لم يُعثر على أي منتج")).toBeVisible()
    expect(box).toHaveAttribute("aria-expanded", "false")
  })

  it("stays quiet when the instant search fails: the form still works", async () => {
    fetchMock.mockResolvedValueOnce(new Response("{}", { status: 500 }))
    renderBox()
    const box = screen.getByRole("combobox")
    fireEvent.change(box, { target: { value: "tapis" } })
    await waitFor(() => expect(fetchMock).toHaveBeenCalled())
    await act(() => new Promise((resolve) => setTimeout(resolve, 20)))
    expect(screen.queryAllByRole("option")).toEqual([])
    expect(box).toHaveAttribute("aria-expanded", "false")
  })

  it("shows the words of the results page it is on", () => {
    navigation.pathname = "/ar/search"
    navigation.search = "q=khnifra&category=tapis"
    renderBox()
    expect(screen.getByRole("combobox")).toHaveValue("khnifra")
  })
})
