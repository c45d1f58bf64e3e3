import { fireEvent, render, screen } from "@testing-library/react"
import { beforeEach, describe, expect, it, vi } from "vitest"
import { CartQuantity, type CartQuantityLabels } from "./cart-quantity"

const updateQuantity = vi.hoisted(() => vi.fn())
vi.mock("@/lib/actions/cart", () => ({ updateQuantity }))

const labels: CartQuantityLabels = {
  quantity: "Quantité de Tapis",
  decrease: "Une pièce de moins : Tapis",
  increase: "Une pièce de plus : Tapis",
  maxReached: "Pas plus en stock pour le moment.",
  unique: "Pièce unique.",
  errors: {
    out_of_stock: "Il n'y en a pas autant en stock.",
    unavailable: "Plus en vente.",
    unreachable: "La boutique ne répond pas.",
    invalid: "Quantité impossible.",
    unknown: "Réessayez.",
  },
}

const stepper = (quantity: number, max: number) =>
  render(<CartQuantity idPrefix="page" lineId="cali_1" quantity={quantity} max={max} display={String(quantity)} labels={labels} />)

beforeEach(() => updateQuantity.mockReset())

describe("CartQuantity", () => {
  it("offers one more or one fewer within the stock", () => {
    stepper(2, 3)
    expect(screen.getByRole("button", { name: labels.decrease })).toBeEnabled()
    expect(screen.getByRole("button", { name: labels.increase })).toBeEnabled()
  })

  it("stops at the stock and at one, and says why", () => {
    stepper(3, 3)
    expect(screen.getByRole("button", { name: labels.increase })).toBeDisabled()
    expect(screen.getByRole("group", { name: labels.quantity })).toHaveAccessibleDescription(labels.maxReached)
  })

  it("says a one-of-a-kind piece is unique, with both buttons off", () => {
    stepper(1, 1)
    expect(screen.getByRole("button", { name: labels.decrease })).toBeDisabled()
    expect(screen.getByRole("button", { name: labels.increase })).toBeDisabled()
    expect(screen.getByText(labels.unique)).toBeInTheDocument()
  })

  it("sends the new quantity and shows a refusal next to the line", async () => {
    updateQuantity.mockResolvedValue({ status: "error", code: "out_of_stock" })
    stepper(1, 5)
    fireEvent.click(screen.getByRole("button", { name: labels.increase }))
    expect(await screen.findByRole("alert")).toHaveTextContent(labels.errors.out_of_stock)
    const form = updateQuantity.mock.calls[0][1] as FormData
    expect(form.get("line_id")).toBe("cali_1")
    expect(form.get("quantity")).toBe("2")
  })
})
