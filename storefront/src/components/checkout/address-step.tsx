import { moroccanCities } from "@tiwizi/address"
import { countryName, type Locale } from "@tiwizi/locale"
import { getTranslations } from "next-intl/server"
import { addressFormFields, addressFormIssueCodes, type AddressFormValues } from "@/lib/checkout-address"
import { listRegionCountries } from "@/lib/data/checkout"
import { getCustomer } from "@/lib/data/customer"
import type { Cart } from "@/lib/data/cart"
import { checkoutErrorCodes } from "@/lib/errors"
import { AddressForm, type AddressFormLabels } from "./address-form"

/** The contact and address step, filled with what the cart already holds (or the logged-in customer's e-mail). */
export async function AddressStep({ cart, locale }: { cart: Cart; locale: Locale }) {
  const [t, codes, customer] = await Promise.all([
    getTranslations({ locale, namespace: "Checkout" }),
    listRegionCountries(cart.region_id ?? ""),
    getCustomer(),
  ])
  const collator = new Intl.Collator(locale)
  const countries = codes.map((code) => ({ value: code, label: countryName(code, locale) })).sort((a, b) => collator.compare(a.label, b.label))
  const morocco = codes.length === 1 && codes[0] === "ma"
  const cities = moroccanCities
    .map((city) => ({ value: city.name, label: locale === "ar" ? city.ar : city.name }))
    .sort((a, b) => collator.compare(a.label, b.label))
  const saved = cart.shipping_address
  const defaults = Object.fromEntries(
    addressFormFields.map((field) => [field, field === "email" ? (cart.email ?? customer?.email ?? "") : String(saved?.[field] ?? "")]),
  ) as AddressFormValues
  if (!defaults.country_code) defaults.country_code = codes[0] ?? ""

  const labels: AddressFormLabels = {
    contact: t("address.contact"),
    address: t("address.delivery"),
    fields: Object.fromEntries(addressFormFields.map((field) => [field, t(`address.fields.${field}`)])) as AddressFormLabels["fields"],
    optional: t("address.optional"),
    hints: {
      email: t("address.hints.email"),
      phone: morocco ? t("address.hints.phoneMorocco") : t("address.hints.phoneAbroad"),
      ...(morocco ? { postal_code: t("address.hints.postalCodeMorocco") } : {}),
    },
    chooseCity: t("address.chooseCity"),
    issues: Object.fromEntries(
      addressFormIssueCodes.map((code) => [code, code === "invalid_phone" && morocco ? t("issues.invalid_phone_morocco") : t(`issues.${code}`)]),
    ) as AddressFormLabels["issues"],
    errors: Object.fromEntries(checkoutErrorCodes.map((code) => [code, t(`errors.${code}`)])) as AddressFormLabels["errors"],
    submit: t("address.submit"),
    pending: t("saving"),
  }
  return <AddressForm locale={locale} countries={countries} cities={cities} defaults={defaults} labels={labels} />
}
