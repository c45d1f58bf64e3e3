import { currencies, type CurrencyCode, type Locale } from "@tiwizi/locale"
import { getTranslations } from "next-intl/server"
import { chooseCurrency } from "@/lib/actions/region"

/**
 * MAD / EUR / USD as three buttons of one form: a server action, so it works before (and
 * without) any JavaScript, and costs none.
 */
export async function RegionSwitcher({ locale, current }: { locale: Locale; current: string }) {
  const t = await getTranslations({ locale, namespace: "Regions" })
  const label = await getTranslations({ locale, namespace: "Header" })
  return (
    <form action={chooseCurrency}>
      {/* The group is a div: ARIA does not allow the group role on a form element. */}
      <div role="group" aria-label={label("currency")} className="flex items-center rounded-full border border-clay bg-sand p-0.5 text-sm">
        {currencies.map((currency: CurrencyCode) => {
          const pressed = current.toLowerCase() === currency
          return (
            <button
              key={currency}
              type="submit"
              name="currency"
              value={currency}
              aria-pressed={pressed}
              title={t("choose", { currency: currency.toUpperCase(), region: t(currency) })}
              className="min-h-11 rounded-full px-2.5 font-medium text-muted hover:text-ink aria-pressed:bg-terracotta aria-pressed:text-sand"
            >
              <span className="sr-only">{t("choose", { currency: currency.toUpperCase(), region: t(currency) })}</span>
              <span aria-hidden="true">{currency.toUpperCase()}</span>
            </button>
          )
        })}
      </div>
    </form>
  )
}
