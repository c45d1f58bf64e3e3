import { fireEvent, render, screen, waitFor } from "@testing-library/react"
import { describe, expect, it, vi } from "vitest"
import { OrderForm, type OrderField, type OrderFormLabels } from "./order-form"
import { orderErrorCodes, type OrderErrorCode, type OrderFormState } from "./order-forms"

const labels: OrderFormLabels = {
  submit: "Marquer comme envoyée",
  pending: "Envoi…",
  errors: Object.fromEntries(orderErrorCodes.map((code) => [code, `erreur ${code}`])) as Record<OrderErrorCode, string>,
}

const fields: OrderField[] = [
  {
    name: "carrier",
    label: "Transporteur",
    icon: <svg data-testid="truck" />,
    type: "select",
    placeholder: "Choisissez",
    options: [
      { value: "Amana", label: "Amana" },
      { value: "other", label: "Autre" },
    ],
  },
  { name: "carrier_other", label: "Nom du transporteur", icon: <svg />, type: "text", onlyForOther: true },
  { name: "tracking_number", label: "Numéro de suivi", icon: <svg />, type: "text", hint: "Sur le reçu." },
  { name: "cash_collected", label: "Espèces reçues", icon: <svg />, type: "amount", defaultValue: "1250,5" },
]

describe("OrderForm", () => {
  it("shows each field with its icon, hint and pre-filled value, amounts left to right with a decimal keyboard", () => {
    render(<OrderForm action={vi.fn()} hidden={{ locale: "ar", order_id: "cord_1" }} fields={fields} labels={labels} icon={<svg />} />)
    expect(screen.getByTestId("truck").closest("label")).toHaveTextContent("Transporteur")
    expect(screen.getByRole("combobox", { name: "Transporteur" })).toHaveValue("")
    expect(screen.getByRole("textbox", { name: "Numéro de suivi" })).toHaveAccessibleDescription("Sur le reçu.")
    const cash = screen.getByRole("textbox", { name: "Espèces reçues" })
    expect(cash).toHaveValue("1250,5")
    expect(cash).toHaveAttribute("inputmode", "decimal")
    expect(cash).toHaveAttribute("dir", "ltr")
    // The typed carrier hides (by CSS alone) unless "other" is chosen.
    expect(screen.getByRole("textbox", { name: "Nom du transporteur" }).parentElement?.className).toContain("group-has-[select_option:checked:not([value=other])]:hidden")
  })

  it("puts each error next to its field, keeps what was typed, and focuses the first one", async () => {
    const action = vi.fn(
      async (): Promise<OrderFormState> => ({
        status: "error",
        values: { carrier: "other", carrier_other: "", tracking_number: "RR#1" },
        errors: { carrier_other: "required", tracking_number: "tracking_chars" },
      }),
    )
    render(<OrderForm action={action} hidden={{ locale: "fr", order_id: "cord_1" }} fields={fields} labels={labels} icon={<svg />} />)
    fireEvent.click(screen.getByRole("button", { name: "Marquer comme envoyée" }))
    const other = screen.getByRole("textbox", { name: "Nom du transporteur" })
    await waitFor(() => expect(other).toHaveFocus())
    expect(other).toHaveAccessibleDescription("erreur required")
    expect(screen.getByRole("combobox", { name: "Transporteur" })).toHaveValue("other")
    expect(screen.getByRole("textbox", { name: "Numéro de suivi" })).toHaveValue("RR#1")
    expect(screen.getByRole("textbox", { name: "Numéro de suivi" })).toHaveAccessibleDescription("erreur tracking_chars Sur le reçu.")
    const sent = (action.mock.calls[0] as unknown[])[1] as FormData
    expect([sent.get("locale"), sent.get("order_id")]).toEqual(["fr", "cord_1"])
  })

  it("asks first behind a disclosure, opened again with the form's error", async () => {
    const action = vi.fn(async (): Promise<OrderFormState> => ({ status: "error", values: { reason: "" }, errors: {}, formError: "unreachable" }))
    render(
      <OrderForm
        action={action}
        hidden={{ order_id: "cord_1" }}
        fields={[{ name: "reason", label: "Pourquoi ?", icon: <svg />, type: "textarea" }]}
        labels={{ ...labels, submit: "Annuler la pièce" }}
        icon={<svg />}
        tone="danger"
        intro={<p>Le client sera remboursé de 300,00 MAD.</p>}
        disclosure={{ summary: "Je ne peux pas fournir cette pièce", icon: <svg /> }}
      />,
    )
    const details = screen.getByText("Je ne peux pas fournir cette pièce").closest("details")!
    expect(details).not.toHaveAttribute("open")
    fireEvent.click(screen.getByRole("button", { name: "Annuler la pièce", hidden: true }))
    expect(await screen.findByRole("alert")).toHaveTextContent("erreur unreachable")
    expect(details).toHaveAttribute("open")
    expect(screen.getByText("Le client sera remboursé de 300,00 MAD.")).toBeInTheDocument()
  })
})
