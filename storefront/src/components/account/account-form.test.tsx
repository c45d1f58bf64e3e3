import { fireEvent, render, screen, waitFor } from "@testing-library/react"
import { describe, expect, it, vi } from "vitest"
import { accountErrorCodes, type AccountErrorCode } from "@/lib/account-errors"
import type { AccountFormState } from "@/lib/account-forms"
import { AccountForm, type AccountFormLabels } from "./account-form"

const labels: AccountFormLabels = {
  submit: "Se connecter",
  pending: "Connexion…",
  done: "Lien envoyé.",
  errors: Object.fromEntries(accountErrorCodes.map((code) => [code, `erreur ${code}`])) as Record<AccountErrorCode, string>,
}

const fields = [
  { name: "email", label: "E-mail", type: "email" as const, required: true, ltr: true },
  { name: "password", label: "Mot de passe", type: "password" as const, required: true, hint: "8 caractères au moins." },
]

const renderForm = (action: (state: AccountFormState, form: FormData) => Promise<AccountFormState>) =>
  render(<AccountForm action={action} fields={fields} hidden={{ locale: "fr" }} labels={labels} />)

describe("AccountForm", () => {
  it("labels every field and describes it by its hint", () => {
    renderForm(vi.fn())
    expect(screen.getByRole("textbox", { name: "E-mail" })).toBeRequired()
    expect(screen.getByLabelText(/^Mot de passe/)).toHaveAccessibleDescription("8 caractères au moins.")
    expect(screen.getByRole("textbox", { name: "E-mail" })).toHaveAttribute("dir", "ltr")
  })

  it("puts each error next to its field, keeps what was typed but never the password, and focuses the first error", async () => {
    const action = vi.fn(async (_state: AccountFormState, _form: FormData): Promise<AccountFormState> => ({
      status: "error",
      values: { email: "amina" },
      errors: { email: "invalid_email", password: "required" },
    }))
    renderForm(action)
    fireEvent.change(screen.getByRole("textbox", { name: "E-mail" }), { target: { value: "amina" } })
    fireEvent.change(screen.getByLabelText(/^Mot de passe/), { target: { value: "secret" } })
    fireEvent.click(screen.getByRole("button", { name: "Se connecter" }))

    const email = screen.getByRole("textbox", { name: "E-mail" })
    // The focus moves in an effect, after the errors are on screen.
    await waitFor(() => expect(email).toHaveFocus())
    expect(email).toHaveAttribute("aria-invalid", "true")
    expect(email).toHaveAccessibleDescription("erreur invalid_email")
    expect(email).toHaveValue("amina")
    const password = screen.getByLabelText(/^Mot de passe/)
    expect(password).toHaveAccessibleDescription("erreur required 8 caractères au moins.")
    expect(password).toHaveValue("")
    expect(action.mock.calls[0]?.[1].get("locale")).toBe("fr")
  })

  it("announces a form-level error and a done message", async () => {
    const failing = vi.fn(async (): Promise<AccountFormState> => ({ status: "error", values: {}, errors: {}, formError: "invalid_credentials" }))
    const { unmount } = renderForm(failing)
    fireEvent.click(screen.getByRole("button", { name: "Se connecter" }))
    expect(await screen.findByRole("alert")).toHaveTextContent("erreur invalid_credentials")
    unmount()

    renderForm(vi.fn(async (): Promise<AccountFormState> => ({ status: "done" })))
    fireEvent.click(screen.getByRole("button", { name: "Se connecter" }))
    expect(await screen.findByRole("status")).toHaveTextContent("Lien envoyé.")
  })
})
