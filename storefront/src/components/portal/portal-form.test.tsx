import { fireEvent, render, screen, waitFor } from "@testing-library/react"
import { describe, expect, it, vi } from "vitest"
import { portalErrorCodes, type PortalErrorCode } from "@/lib/portal-errors"
import type { PortalFormState } from "@/lib/portal-forms"
import { PortalForm, type PortalFormLabels } from "./portal-form"
import type { PortalField } from "./portal-fields"

const labels: PortalFormLabels = {
  submit: "Envoyer",
  pending: "Envoi…",
  errors: Object.fromEntries(portalErrorCodes.map((code) => [code, `erreur ${code}`])) as Record<PortalErrorCode, string>,
}

const fields: PortalField[] = [
  { name: "member_count", label: "Nombre de membres", icon: <svg data-testid="icon" />, type: "number", required: true, ltr: true },
  { name: "remember", label: "Rester connecté", icon: <svg />, type: "checkbox", defaultValue: "on", hint: "Décochez sur un téléphone partagé." },
  { name: "region", label: "Région", icon: <svg />, type: "select", placeholder: "Choisissez", options: [{ value: "Rabat-Salé-Kénitra", label: "Rabat-Salé-Kénitra" }] },
]

const renderForm = (action: (state: PortalFormState, form: FormData) => Promise<PortalFormState>) =>
  render(<PortalForm action={action} fields={fields} hidden={{ locale: "ar" }} labels={labels} icon={<svg />} />)

describe("PortalForm", () => {
  it("shows an icon beside each label, numbers as text with a numeric keyboard, the remember box ticked", () => {
    renderForm(vi.fn())
    const count = screen.getByRole("textbox", { name: /Nombre de membres/ })
    expect(count).toHaveAttribute("inputmode", "numeric")
    expect(count).toHaveAttribute("dir", "ltr")
    expect(screen.getByTestId("icon").closest("label")).toHaveTextContent("Nombre de membres")
    expect(screen.getByRole("checkbox", { name: "Rester connecté" })).toBeChecked()
    expect(screen.getByRole("checkbox", { name: "Rester connecté" })).toHaveAccessibleDescription("Décochez sur un téléphone partagé.")
    expect(screen.getByRole("combobox", { name: "Région" })).toHaveValue("")
  })

  it("puts the error next to its field, keeps what was typed and an unticked box, and focuses the field", async () => {
    const action = vi.fn(
      async (): Promise<PortalFormState> => ({ status: "error", values: { member_count: "douze", remember: "" }, errors: { member_count: "invalid_number" } }),
    )
    renderForm(action)
    fireEvent.click(screen.getByRole("checkbox", { name: "Rester connecté" }))
    fireEvent.click(screen.getByRole("button", { name: "Envoyer" }))
    const count = screen.getByRole("textbox", { name: /Nombre de membres/ })
    await waitFor(() => expect(count).toHaveFocus())
    expect(count).toHaveAccessibleDescription("erreur invalid_number")
    expect(count).toHaveValue("douze")
    expect(screen.getByRole("checkbox", { name: "Rester connecté" })).not.toBeChecked()
    expect((action.mock.calls[0] as unknown[])[1]).toBeInstanceOf(FormData)
  })

  it("announces a form-level error", async () => {
    renderForm(vi.fn(async (): Promise<PortalFormState> => ({ status: "error", values: {}, errors: {}, formError: "invite_expired" })))
    fireEvent.click(screen.getByRole("button", { name: "Envoyer" }))
    expect(await screen.findByRole("alert")).toHaveTextContent("erreur invite_expired")
  })
})
