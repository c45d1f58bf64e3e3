import { formatMoney, type Locale } from "@tiwizi/locale"
import { getTranslations } from "next-intl/server"
import { placeCardOrder, submitPayment } from "@/lib/actions/checkout"
import { activePaymentSession, cartAllowsCash, cashOnDelivery, offeredPaymentProviders, stripeCard } from "@/lib/checkout-payment"
import type { Cart } from "@/lib/data/cart"
import { listPaymentProviders } from "@/lib/data/checkout"
import { localePath } from "@/lib/locale-path"
import { siteUrl } from "@/lib/site-url"
import { isStripeConfigured, stripePaymentErrorCodes } from "@/lib/stripe"
import { StripePayment, type StripePaymentLabels } from "./stripe-payment"
import { SubmitButton } from "./submit-button"

/**
 * The payment step: the methods of the cart's region the shop can take. Cash on delivery says
 * plainly that the courier is paid in cash at the door; a card is offered when Stripe is set up,
 * and once chosen, the card form (Stripe's) confirms the payment and places the order.
 */
export async function PaymentStep({ cart, locale }: { cart: Cart; locale: Locale }) {
  const [t, regionProviders] = await Promise.all([getTranslations({ locale, namespace: "Checkout" }), listPaymentProviders(cart.region_id ?? "")])
  const providers = offeredPaymentProviders(regionProviders, isStripeConfigured(), cartAllowsCash(cart))
  if (providers.length === 0) return <p className="rounded-lg bg-wool p-4">{t("payment.none")}</p>
  const session = activePaymentSession(cart.payment_collection?.payment_sessions)
  const current = session?.provider_id
  const checked = providers.includes(current ?? "") ? current : providers[0]
  const clientSecret = current === stripeCard && providers.includes(stripeCard) ? session?.data?.client_secret : undefined
  const cardLabels: StripePaymentLabels = {
    pay: t("card.pay", { price: formatMoney(Number(cart.total ?? 0), cart.currency_code, locale) }),
    paying: t("card.paying"),
    loading: t("card.loading"),
    errors: Object.fromEntries(stripePaymentErrorCodes.map((code) => [code, t(`card.errors.${code}`)])) as StripePaymentLabels["errors"],
  }
  return (
    <div className="space-y-8">
      <form action={submitPayment} className="space-y-6">
        <input type="hidden" name="locale" value={locale} />
        <fieldset className="space-y-3">
          <legend className="mb-2 font-medium">{t("payment.legend")}</legend>
          {providers.map((provider) => {
            const cash = provider === cashOnDelivery
            return (
              <div
                key={provider}
                className="relative flex min-h-14 items-start gap-3 rounded-xl border border-clay bg-white px-4 py-3 has-checked:border-terracotta has-checked:ring-1 has-checked:ring-terracotta"
              >
                <input
                  type="radio"
                  id={provider}
                  name="provider_id"
                  value={provider}
                  required
                  defaultChecked={provider === checked}
                  aria-describedby={`${provider}-about`}
                  className="mt-1 size-5 accent-terracotta"
                />
                <div>
                  {/* The whole card is the label's click area; the label itself holds only the name. */}
                  <label htmlFor={provider} className="block cursor-pointer font-medium after:absolute after:inset-0">
                    {cash ? t("payment.cod") : t("payment.card")}
                  </label>
                  <p id={`${provider}-about`} className="text-sm text-muted">
                    {cash ? t("payment.codAbout") : t("payment.cardAbout")}
                  </p>
                </div>
              </div>
            )
          })}
        </fieldset>
        <SubmitButton pendingLabel={t("saving")}>{t("payment.submit")}</SubmitButton>
      </form>
      {typeof clientSecret === "string" && (
        <section aria-labelledby="card-title" className="rounded-2xl border border-clay p-4">
          <h3 id="card-title" className="mb-3 text-lg font-semibold">
            {t("card.title")}
          </h3>
          <StripePayment
            clientSecret={clientSecret}
            locale={locale}
            returnUrl={`${siteUrl()}${localePath(locale, "/checkout?step=review")}`}
            onConfirmed={placeCardOrder.bind(null, locale)}
            labels={cardLabels}
          />
        </section>
      )}
    </div>
  )
}
