import { formatNumber } from "@tiwizi/locale"
import type { Metadata } from "next"
import Link from "next/link"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { CartLines } from "@/components/cart-lines"
import { CartTotals } from "@/components/cart-totals"
import { localeFromParam } from "@/i18n/locale-param"
import { getCartView } from "@/lib/data/cart"
import { localePath } from "@/lib/locale-path"

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = localeFromParam((await params).locale)
  const t = await getTranslations({ locale, namespace: "Metadata" })
  return { title: t("cartTitle"), description: t("cartDescription"), robots: { index: false } }
}

export default async function CartPage({ params }: Props) {
  const locale = localeFromParam((await params).locale)
  setRequestLocale(locale)
  const [t, view] = await Promise.all([getTranslations({ locale, namespace: "Cart" }), getCartView(locale)])

  if (!view || view.lines.length === 0) {
    return (
      <div className="mx-auto max-w-3xl px-4 pt-10 text-center">
        <h1 className="text-3xl font-bold tracking-tight">{t("title")}</h1>
        <div className="mt-8 space-y-3 rounded-2xl bg-wool p-10">
          <p className="text-lg font-medium">{t("empty")}</p>
          <p className="text-muted">{t("emptyHint")}</p>
          <Link
            href={localePath(locale)}
            className="mt-3 inline-flex min-h-12 items-center rounded-full bg-terracotta px-6 font-semibold text-sand hover:bg-terracotta-dark"
          >
            {t("emptyCta")}
          </Link>
        </div>
      </div>
    )
  }

  const { cart, groups, count } = view
  return (
    <div className="mx-auto max-w-3xl px-4 pt-8">
      <h1 className="text-3xl font-bold tracking-tight">{t("title")}</h1>
      <p className="mt-1 text-muted">{t("items", { count, n: formatNumber(count, locale) })}</p>

      <div className="mt-6">
        <CartLines locale={locale} currency={cart.currency_code} groups={groups} place="page" />
      </div>

      <div className="mt-6 text-lg">
        <CartTotals locale={locale} totals={cart} />
      </div>
      <p className="mt-2 text-sm text-muted">{t("shippingNote")}</p>
      <div className="mt-6 flex flex-col gap-3 sm:flex-row sm:justify-between">
        <Link href={localePath(locale)} className="inline-flex min-h-12 items-center justify-center rounded-full border border-ink/20 px-6 font-semibold hover:bg-wool">
          {t("continue")}
        </Link>
        <Link
          href={localePath(locale, "/checkout")}
          className="inline-flex min-h-12 items-center justify-center rounded-full bg-terracotta px-8 font-semibold text-sand hover:bg-terracotta-dark"
        >
          {t("checkout")}
        </Link>
      </div>
    </div>
  )
}
