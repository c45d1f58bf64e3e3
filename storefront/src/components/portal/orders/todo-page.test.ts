import { describe, expect, it, vi } from "vitest"
import { toDoPage } from "./todo-page"

// Seven new parts and five accepted ones, as the backend pages each status.
const parts = { new: ["n1", "n2", "n3", "n4", "n5", "n6", "n7"], accepted: ["a1", "a2", "a3", "a4", "a5"] }
const list = vi.fn(async (status: "new" | "accepted", { limit, offset }: { limit: number; offset: number }) => ({
  orders: parts[status].slice(offset, offset + limit),
  count: parts[status].length,
}))

describe("toDoPage", () => {
  it("lists the new parts first, then the accepted ones, counted together, page after page", async () => {
    expect(await toDoPage(list, { limit: 5, offset: 0 })).toEqual({ orders: ["n1", "n2", "n3", "n4", "n5"], count: 12 })
    expect(await toDoPage(list, { limit: 5, offset: 5 })).toEqual({ orders: ["n6", "n7", "a1", "a2", "a3"], count: 12 })
    expect(await toDoPage(list, { limit: 5, offset: 10 })).toEqual({ orders: ["a4", "a5"], count: 12 })
    expect(await toDoPage(list, { limit: 5, offset: 15 })).toEqual({ orders: [], count: 12 })
  })

  it("asks for one status at a time, within the page's size", async () => {
    list.mockClear()
    await toDoPage(list, { limit: 20, offset: 0 })
    expect(list.mock.calls).toEqual([
      ["new", { limit: 20, offset: 0 }],
      ["accepted", { limit: 13, offset: 0 }],
    ])
  })
})
