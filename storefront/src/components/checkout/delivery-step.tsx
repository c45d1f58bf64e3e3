import { formatMoney, type Locale } from "@tiwizi/locale"
import { getTranslations } from "next-intl/server"
import { submitDelivery } from "@/lib/actions/checkout"
import type { Cart } from "@/lib/data/cart"
import { listShippingChoices } from "@/lib/data/checkout"
import { SubmitButton } from "./submit-button"

/** The delivery step: the shipping options the backend offers this cart, with their prices. */
export async function DeliveryStep({ cart, locale }: { cart: Cart; locale: Locale }) {
  const [t, choices] = await Promise.all([getTranslations({ locale, namespace: "Checkout" }), listShippingChoices(cart.id, locale)])
  const chosen = cart.shipping_methods?.[0]?.shipping_option_id
  const available = choices.filter((choice) => choice.amount !== null)
  if (available.length === 0) return <p className="rounded-lg bg-wool p-4">{t("delivery.none")}</p>
  const checked = available.some((choice) => choice.id === chosen) ? chosen : available[0].id
  return (
    <form action={submitDelivery} className="space-y-6">
      <input type="hidden" name="locale" value={locale} />
      <fieldset className="space-y-3">
        <legend className="mb-2 font-medium">{t("delivery.legend")}</legend>
        {choices.map((choice) => (
          <label
            key={choice.id}
            className="flex min-h-14 cursor-pointer items-center gap-3 rounded-xl border border-clay bg-white px-4 py-3 has-checked:border-terracotta has-checked:ring-1 has-checked:ring-terracotta has-disabled:cursor-not-allowed has-disabled:opacity-60"
          >
            <input
              type="radio"
              name="option_id"
              value={choice.id}
              required
              defaultChecked={choice.id === checked}
              disabled={choice.amount === null}
              className="size-5 accent-terracotta"
            />
            <span className="flex-1 font-medium">{choice.name}</span>
            <span className="font-semibold">
              {choice.amount === null ? (
                <span className="text-sm text-muted">{t("delivery.unpriced")}</span>
              ) : (
                <bdi className="tabular-nums">{formatMoney(choice.amount, cart.currency_code, locale)}</bdi>
              )}
            </span>
          </label>
        ))}
      </fieldset>
      <SubmitButton pendingLabel={t("saving")}>{t("delivery.submit")}</SubmitButton>
    </form>
  )
}
