import { formatNumber, type Locale } from "@tiwizi/locale"
import Link from "next/link"
import { getTranslations } from "next-intl/server"
import { checkoutSteps, type CheckoutStep } from "@/lib/checkout-steps"
import { localePath } from "@/lib/locale-path"

type Props = { locale: Locale; current: CheckoutStep; furthest: CheckoutStep }

/**
 * The checkout's four steps as a numbered list: the current one marked (`aria-current="step"`),
 * the ones already open as links back to them, the ones ahead as plain text.
 */
export async function StepIndicator({ locale, current, furthest }: Props) {
  const t = await getTranslations({ locale, namespace: "Checkout" })
  const reached = checkoutSteps.indexOf(furthest)
  return (
    <nav aria-label={t("stepsLabel")}>
      <ol className="grid grid-cols-4 gap-1 text-center text-xs sm:text-sm">
        {checkoutSteps.map((step, index) => {
          const isCurrent = step === current
          const body = (
            <>
              <span
                aria-hidden="true"
                className={`mx-auto flex size-8 items-center justify-center rounded-full font-semibold tabular-nums ${
                  isCurrent ? "bg-terracotta text-sand" : index <= reached ? "bg-indigo text-sand" : "bg-clay text-muted"
                }`}
              >
                {formatNumber(index + 1, locale)}
              </span>
              <span className={`mt-1 block ${isCurrent ? "font-semibold" : "text-muted"}`}>{t(`steps.${step}`)}</span>
            </>
          )
          return (
            <li key={step} aria-current={isCurrent ? "step" : undefined}>
              {!isCurrent && index <= reached ? (
                <Link href={localePath(locale, `/checkout?step=${step}`)} className="block min-h-11 rounded-lg py-1 hover:bg-wool">
                  {body}
                </Link>
              ) : (
                <div className="min-h-11 py-1">{body}</div>
              )}
            </li>
          )
        })}
      </ol>
    </nav>
  )
}
