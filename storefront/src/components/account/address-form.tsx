import { moroccanCities, shippingCountries } from "@tiwizi/address"
import { countryName, type Locale } from "@tiwizi/locale"
import { getTranslations } from "next-intl/server"
import { saveAddress } from "@/lib/actions/account"
import type { Address } from "@/lib/data/customer"
import { AccountForm, type FieldSpec } from "./account-form"
import { formLabels } from "./form-labels"

const cityListId = "moroccan-cities"

/**
 * The address form, for a new address or an existing one. Morocco comes first and is chosen by
 * default; its cities are suggested from the couriers' list (a datalist: no JavaScript) and
 * checked against it on the server, with the phone, by the checkout's rules.
 */
export async function AddressForm({ locale, address }: { locale: Locale; address?: Address }) {
  const [t, tAddresses] = await Promise.all([
    getTranslations({ locale, namespace: "Account.form" }),
    getTranslations({ locale, namespace: "Account.addresses" }),
  ])
  const labels = await formLabels(locale, { submit: tAddresses("submit"), pending: tAddresses("pending") })
  const collator = new Intl.Collator(locale)
  const countries = shippingCountries
    .map((code) => ({ value: code, label: countryName(code, locale) }))
    .sort((a, b) => (a.value === "ma" ? -1 : b.value === "ma" ? 1 : collator.compare(a.label, b.label)))
  const cities = moroccanCities.map((city) => (locale === "ar" ? city.ar : city.name)).sort(collator.compare)
  const value = (field: keyof Address) => (typeof address?.[field] === "string" ? (address[field] as string) : undefined)

  const fields: FieldSpec[] = [
    { name: "first_name", label: t("firstName"), autoComplete: "given-name", required: true, half: true, defaultValue: value("first_name") },
    { name: "last_name", label: t("lastName"), autoComplete: "family-name", required: true, half: true, defaultValue: value("last_name") },
    { name: "country_code", label: t("country"), type: "select", autoComplete: "country", required: true, options: countries, defaultValue: value("country_code") ?? "ma" },
    { name: "address_1", label: t("address1"), autoComplete: "address-line1", required: true, defaultValue: value("address_1") },
    { name: "address_2", label: t("address2"), autoComplete: "address-line2", defaultValue: value("address_2") },
    { name: "city", label: t("city"), autoComplete: "address-level2", required: true, hint: t("cityHint"), list: cityListId, half: true, defaultValue: value("city") },
    { name: "postal_code", label: t("postalCode"), autoComplete: "postal-code", hint: t("postalCodeHint"), ltr: true, half: true, defaultValue: value("postal_code") },
    { name: "province", label: t("province"), autoComplete: "address-level1", defaultValue: value("province") },
    { name: "company", label: t("company"), autoComplete: "organization", defaultValue: value("company") },
    { name: "phone", label: t("phone"), type: "tel", autoComplete: "tel", required: true, hint: t("phoneHint"), ltr: true, defaultValue: value("phone") },
  ]
  return (
    <AccountForm
      action={saveAddress}
      fields={fields}
      hidden={{ locale, ...(address ? { id: address.id } : {}) }}
      labels={labels}
      datalists={[{ id: cityListId, options: cities }]}
    />
  )
}
