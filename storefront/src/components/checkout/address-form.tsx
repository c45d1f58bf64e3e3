"use client"

import { useActionState, type ReactNode } from "react"
import { submitAddress, type AddressStepState } from "@/lib/actions/checkout"
import type { AddressFormField, AddressFormIssueCode, AddressFormValues } from "@/lib/checkout-address"
import type { CheckoutErrorCode } from "@/lib/errors"
import { SubmitButton } from "./submit-button"

export type AddressFormLabels = {
  contact: string
  address: string
  fields: Record<AddressFormField, string>
  optional: string
  hints: Partial<Record<AddressFormField, string>>
  chooseCity: string
  issues: Record<AddressFormIssueCode, string>
  errors: Record<CheckoutErrorCode, string>
  submit: string
  pending: string
}

type Option = { value: string; label: string }

type Props = {
  locale: string
  /** The countries of the cart's region; one (Morocco) shows the Moroccan form. */
  countries: Option[]
  /** Moroccan cities, labelled in the page's language. */
  cities: Option[]
  defaults: AddressFormValues
  labels: AddressFormLabels
}

const initialState: AddressStepState = { issues: {} }

const input =
  "mt-1 block min-h-12 w-full rounded-xl border border-clay bg-white px-3 text-base aria-invalid:border-terracotta-dark aria-invalid:ring-1 aria-invalid:ring-terracotta-dark"

/**
 * The contact and address step: a form posted to a server action (it works before the page is
 * interactive). In Morocco: names, address lines, the city chosen from the couriers' list,
 * an optional postal code and a Moroccan phone; abroad the country and a postal code too. A
 * refused field shows why right under it (`aria-invalid`, `aria-describedby`) and keeps what
 * was typed.
 */
export function AddressForm({ locale, countries, cities, defaults, labels }: Props) {
  const [state, formAction] = useActionState(submitAddress, initialState)
  const values = state.values ?? defaults
  const morocco = countries.length === 1 && countries[0].value === "ma"

  const field = (name: AddressFormField, control: (props: FieldProps) => ReactNode, required = true) => {
    const issue = state.issues[name]
    const hint = labels.hints[name]
    const describedBy = [hint && `${name}-hint`, issue && `${name}-issue`].filter(Boolean).join(" ") || undefined
    return (
      <div>
        <label htmlFor={name} className="font-medium">
          {labels.fields[name]}
          {!required && <span className="font-normal text-muted"> {labels.optional}</span>}
        </label>
        {hint && (
          <p id={`${name}-hint`} className="text-sm text-muted">
            {hint}
          </p>
        )}
        {control({
          id: name,
          name,
          defaultValue: values[name],
          required,
          "aria-invalid": issue ? true : undefined,
          "aria-describedby": describedBy,
          className: input,
        })}
        {issue && (
          <p id={`${name}-issue`} className="mt-1 text-sm font-medium text-terracotta-dark">
            {labels.issues[issue]}
          </p>
        )}
      </div>
    )
  }

  return (
    <form action={formAction} noValidate className="space-y-6">
      <input type="hidden" name="locale" value={locale} />
      {state.error && (
        <p role="alert" className="rounded-lg bg-terracotta/10 p-3 text-terracotta-dark">
          {labels.errors[state.error]}
        </p>
      )}
      <fieldset className="space-y-4">
        <legend className="mb-2 text-lg font-semibold">{labels.contact}</legend>
        {field("email", (props) => <input {...props} type="email" autoComplete="email" dir="ltr" />)}
      </fieldset>
      <fieldset className="space-y-4">
        <legend className="mb-2 text-lg font-semibold">{labels.address}</legend>
        <div className="grid gap-4 sm:grid-cols-2">
          {field("first_name", (props) => <input {...props} autoComplete="given-name" />)}
          {field("last_name", (props) => <input {...props} autoComplete="family-name" />)}
        </div>
        {field("address_1", (props) => <input {...props} autoComplete="address-line1" />)}
        {field("address_2", (props) => <input {...props} autoComplete="address-line2" />, false)}
        <div className="grid gap-4 sm:grid-cols-2">
          {morocco
            ? field("city", (props) => (
                <select {...props} autoComplete="address-level2">
                  <option value="">{labels.chooseCity}</option>
                  {cities.map((city) => (
                    <option key={city.value} value={city.value}>
                      {city.label}
                    </option>
                  ))}
                </select>
              ))
            : field("city", (props) => <input {...props} autoComplete="address-level2" />)}
          {field("postal_code", (props) => <input {...props} autoComplete="postal-code" inputMode={morocco ? "numeric" : undefined} dir="ltr" />, !morocco)}
        </div>
        {morocco ? (
          <input type="hidden" name="country_code" value="ma" />
        ) : (
          field("country_code", (props) => (
            <select {...props} autoComplete="country">
              {countries.map((country) => (
                <option key={country.value} value={country.value}>
                  {country.label}
                </option>
              ))}
            </select>
          ))
        )}
        {field("phone", (props) => <input {...props} type="tel" autoComplete="tel" inputMode="tel" dir="ltr" />)}
      </fieldset>
      <SubmitButton pendingLabel={labels.pending}>{labels.submit}</SubmitButton>
    </form>
  )
}

type FieldProps = {
  id: string
  name: string
  defaultValue: string
  required: boolean
  "aria-invalid"?: true
  "aria-describedby"?: string
  className: string
}
