import type { Metadata } from "next"
import Link from "next/link"
import { redirect } from "next/navigation"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { CartTotals } from "@/components/cart-totals"
import { AddressStep } from "@/components/checkout/address-step"
import { DeliveryStep } from "@/components/checkout/delivery-step"
import { OrderLines } from "@/components/checkout/order-lines"
import { PaymentStep } from "@/components/checkout/payment-step"
import { ReviewStep } from "@/components/checkout/review-step"
import { StepIndicator } from "@/components/checkout/step-indicator"
import { localeFromParam } from "@/i18n/locale-param"
import { furthestStep, resolveStep } from "@/lib/checkout-steps"
import { getCartView } from "@/lib/data/cart"
import { isCheckoutErrorCode } from "@/lib/errors"
import { localePath } from "@/lib/locale-path"

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ step?: string | string[]; error?: string | string[] }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = localeFromParam((await params).locale)
  const t = await getTranslations({ locale, namespace: "Checkout" })
  return { title: t("title"), robots: { index: false } }
}

/**
 * The checkout, one step at a time (`?step=address|delivery|payment|review`): each step is a
 * server-rendered form posted to a server action, so it works without JavaScript. A step the
 * cart has not reached shows the furthest one it may be on; without a cart, the cart page.
 */
export default async function CheckoutPage({ params, searchParams }: Props) {
  const locale = localeFromParam((await params).locale)
  setRequestLocale(locale)
  const [view, query, t] = await Promise.all([getCartView(locale), searchParams, getTranslations({ locale, namespace: "Checkout" })])
  if (!view || view.lines.length === 0) redirect(localePath(locale, "/cart"))
  const { cart, lines } = view
  const step = resolveStep(query.step, cart)
  const error = isCheckoutErrorCode(query.error) ? query.error : undefined

  return (
    <div className="mx-auto max-w-5xl px-4 pt-8">
      <h1 className="text-3xl font-bold tracking-tight">{t("title")}</h1>
      <div className="mt-6">
        <StepIndicator locale={locale} current={step} furthest={furthestStep(cart)} />
      </div>
      <div className="mt-8 grid gap-10 lg:grid-cols-[3fr_2fr]">
        <section aria-labelledby="step-title">
          <h2 id="step-title" className="mb-4 text-2xl font-semibold">
            {t(`steps.${step}`)}
          </h2>
          {error && (
            <div role="alert" className="mb-6 rounded-xl bg-terracotta/10 p-4 text-terracotta-dark">
              <p className="font-semibold">{t(`errors.${error}`)}</p>
              {error === "sold_out" && (
                <p className="mt-1">
                  {t("soldOutHelp")}{" "}
                  <Link href={localePath(locale, "/cart")} className="font-medium underline underline-offset-4">
                    {t("backToCart")}
                  </Link>
                </p>
              )}
            </div>
          )}
          {step === "address" && <AddressStep cart={cart} locale={locale} />}
          {step === "delivery" && <DeliveryStep cart={cart} locale={locale} />}
          {step === "payment" && <PaymentStep cart={cart} locale={locale} />}
          {step === "review" && <ReviewStep view={view} locale={locale} />}
        </section>
        {step !== "review" && (
          <aside aria-labelledby="summary-title" className="h-fit rounded-2xl bg-wool p-5">
            <h2 id="summary-title" className="text-lg font-semibold">
              {t("summary")}
            </h2>
            <OrderLines lines={lines} currency={cart.currency_code} locale={locale} />
            <div className="mt-3">
              <CartTotals locale={locale} totals={cart} />
            </div>
          </aside>
        )}
      </div>
    </div>
  )
}
