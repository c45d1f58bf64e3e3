import { formatMoney, type Locale } from "@tiwizi/locale"
import Link from "next/link"
import { getTranslations } from "next-intl/server"
import { CartTotals } from "@/components/cart-totals"
import { placeOrder } from "@/lib/actions/checkout"
import { activePaymentSession, cashOnDelivery } from "@/lib/checkout-payment"
import type { CartView } from "@/lib/data/cart"
import { localePath } from "@/lib/locale-path"
import { AddressView } from "./address-view"
import { OrderLines } from "./order-lines"
import { SubmitButton } from "./submit-button"

/**
 * The review step: what will be ordered, where it goes, how it is paid, and the button that
 * places the order (disabled while the order is being placed).
 */
export async function ReviewStep({ view, locale }: { view: CartView; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "Checkout" })
  const { cart, lines } = view
  const method = cart.shipping_methods?.[0]
  const provider = activePaymentSession(cart.payment_collection?.payment_sessions)?.provider_id
  const edit = (step: string) => (
    <Link href={localePath(locale, `/checkout?step=${step}`)} className="inline-flex min-h-11 items-center text-sm font-medium text-indigo underline underline-offset-4">
      {t("review.change")}
    </Link>
  )
  return (
    <div className="space-y-6">
      <OrderLines lines={lines} currency={cart.currency_code} locale={locale} />
      <div className="grid gap-4 sm:grid-cols-2">
        <section aria-labelledby="review-address" className="rounded-xl bg-wool p-4">
          <h3 id="review-address" className="font-semibold">{t("review.address")}</h3>
          <p className="mt-1 text-sm" dir="ltr">
            <bdi>{cart.email}</bdi>
          </p>
          {cart.shipping_address && <AddressView address={cart.shipping_address} locale={locale} />}
          {edit("address")}
        </section>
        <section aria-labelledby="review-delivery" className="rounded-xl bg-wool p-4">
          <h3 id="review-delivery" className="font-semibold">{t("review.delivery")}</h3>
          {method && (
            <p className="mt-1">
              {method.name} — <bdi className="tabular-nums">{formatMoney(Number(method.amount), cart.currency_code, locale)}</bdi>
            </p>
          )}
          {edit("delivery")}
          <h3 className="mt-3 font-semibold">{t("review.payment")}</h3>
          <p className="mt-1">{provider === cashOnDelivery ? t("payment.cod") : t("payment.card")}</p>
          {provider === cashOnDelivery && <p className="text-sm text-muted">{t("payment.codAbout")}</p>}
          {edit("payment")}
        </section>
      </div>
      <CartTotals locale={locale} totals={cart} />
      <form action={placeOrder} className="space-y-2">
        <input type="hidden" name="locale" value={locale} />
        <SubmitButton pendingLabel={t("review.placing")}>{t("review.place")}</SubmitButton>
        <p className="text-sm text-muted">{t("review.terms")}</p>
      </form>
    </div>
  )
}
