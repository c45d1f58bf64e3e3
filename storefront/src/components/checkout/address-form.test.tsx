import { fireEvent, render, screen } from "@testing-library/react"
import { beforeEach, describe, expect, it, vi } from "vitest"
import type { AddressFormValues } from "@/lib/checkout-address"
import { AddressForm, type AddressFormLabels } from "./address-form"

const submitAddress = vi.hoisted(() => vi.fn())
vi.mock("@/lib/actions/checkout", () => ({ submitAddress }))

const labels: AddressFormLabels = {
  contact: "Vos coordonnées",
  address: "Adresse de livraison",
  fields: {
    email: "Adresse e-mail",
    first_name: "Prénom",
    last_name: "Nom",
    address_1: "Adresse",
    address_2: "Complément d'adresse",
    city: "Ville",
    postal_code: "Code postal",
    country_code: "Pays",
    phone: "Téléphone",
  },
  optional: "(facultatif)",
  hints: { phone: "Exemple : 06 12 34 56 78." },
  chooseCity: "Choisissez votre ville",
  issues: {
    required: "Ce champ est obligatoire.",
    too_long: "Trop long.",
    invalid_phone: "Numéro marocain invalide.",
    unknown_city: "Choisissez une ville de la liste.",
    invalid_postal_code: "Code postal invalide.",
    unsupported_country: "Pays non desservi.",
    invalid_email: "E-mail invalide.",
  },
  errors: { sold_out: "Vendue.", payment: "Paiement refusé.", expired: "Expiré.", unreachable: "Injoignable.", invalid: "Invalide.", unknown: "Erreur." },
  submit: "Continuer vers la livraison",
  pending: "Enregistrement…",
}

const empty: AddressFormValues = {
  email: "",
  first_name: "",
  last_name: "",
  address_1: "",
  address_2: "",
  city: "",
  postal_code: "",
  country_code: "ma",
  phone: "",
}

const cities = [
  { value: "Khénifra", label: "Khénifra" },
  { value: "M'rirt", label: "M'rirt" },
]

beforeEach(() => submitAddress.mockReset())

describe("AddressForm", () => {
  it("asks a Moroccan address: a city from the list, an optional postal code, no country to choose", () => {
    render(<AddressForm locale="fr" countries={[{ value: "ma", label: "Maroc" }]} cities={cities} defaults={empty} labels={labels} />)
    expect(screen.getByRole("combobox", { name: "Ville" })).toHaveDisplayValue("Choisissez votre ville")
    expect(screen.getByLabelText("Code postal (facultatif)")).not.toBeRequired()
    expect(screen.queryByRole("combobox", { name: "Pays" })).toBeNull()
    expect(screen.getByLabelText("Téléphone")).toHaveAccessibleDescription("Exemple : 06 12 34 56 78.")
  })

  it("asks the country and a postal code abroad", () => {
    const countries = [
      { value: "be", label: "Belgique" },
      { value: "fr", label: "France" },
    ]
    render(<AddressForm locale="fr" countries={countries} cities={cities} defaults={{ ...empty, country_code: "fr" }} labels={labels} />)
    expect(screen.getByRole("combobox", { name: "Pays" })).toHaveValue("fr")
    expect(screen.getByRole("textbox", { name: "Ville" })).toBeInTheDocument()
    expect(screen.getByLabelText("Code postal")).toBeRequired()
  })

  it("shows each refusal next to its field and keeps what was typed", async () => {
    submitAddress.mockResolvedValue({
      values: { ...empty, email: "itto@example.ma", first_name: "Itto", phone: "12345" },
      issues: { phone: "invalid_phone", address_1: "required" },
    })
    render(<AddressForm locale="fr" countries={[{ value: "ma", label: "Maroc" }]} cities={cities} defaults={empty} labels={labels} />)
    fireEvent.change(screen.getByLabelText("Adresse e-mail"), { target: { value: "itto@example.ma" } })
    fireEvent.click(screen.getByRole("button", { name: "Continuer vers la livraison" }))

    const phone = await screen.findByRole("textbox", { name: "Téléphone", description: /Numéro marocain invalide/ })
    expect(phone).toHaveAttribute("aria-invalid", "true")
    expect(phone).toHaveValue("12345")
    expect(screen.getByRole("textbox", { name: "Adresse" })).toHaveAccessibleDescription("Ce champ est obligatoire.")
    expect(screen.getByLabelText("Adresse e-mail")).toHaveValue("itto@example.ma")
    expect(screen.getByLabelText("Adresse e-mail")).not.toHaveAttribute("aria-invalid")
    expect((submitAddress.mock.calls[0][1] as FormData).get("country_code")).toBe("ma")
  })
})
