import { formatMoney, formatNumber } from "@tiwizi/locale"
import type { Metadata } from "next"
import Image from "next/image"
import Link from "next/link"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { localeFromParam } from "@/i18n/locale-param"
import { removeLine } from "@/lib/actions/cart"
import { cartItemCount, cartLines } from "@/lib/cart-summary"
import { getCart } from "@/lib/data/cart"
import { listProductLabels } from "@/lib/data/products"
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
  const [t, cart] = await Promise.all([getTranslations({ locale, namespace: "Cart" }), getCart()])
  const items = cart?.items ?? []

  if (!cart || items.length === 0) {
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

  const productIds = [...new Set(items.map((item) => item.product_id).filter((id): id is string => !!id))]
  const lines = cartLines(items, await listProductLabels(productIds, locale))
  const money = (amount: number) => formatMoney(amount, cart.currency_code, locale)
  const count = cartItemCount(cart)

  return (
    <div className="mx-auto max-w-3xl px-4 pt-8">
      <h1 className="text-3xl font-bold tracking-tight">{t("title")}</h1>
      <p className="mt-1 text-muted">{t("items", { count, n: formatNumber(count, locale) })}</p>

      <ul className="mt-6 divide-y divide-clay border-y border-clay">
        {lines.map((line, index) => (
          <li key={line.id} className="flex gap-4 py-4">
            <div className="relative size-20 shrink-0 overflow-hidden rounded-xl bg-clay sm:size-24">
              {line.thumbnail && (
                <Image src={line.thumbnail} alt="" fill sizes="96px" loading={index < 3 ? "eager" : "lazy"} className="object-cover" />
              )}
            </div>
            <div className="flex min-w-0 flex-1 flex-col gap-1">
              <h2 className="font-medium leading-snug">
                {line.handle ? (
                  <Link href={localePath(locale, `/products/${line.handle}`)} className="hover:underline">
                    {line.title}
                  </Link>
                ) : (
                  line.title
                )}
              </h2>
              {line.variantTitle && <p className="text-sm text-muted">{line.variantTitle}</p>}
              <p className="text-sm text-muted">{t("quantity", { n: formatNumber(line.quantity, locale) })}</p>
              <form action={removeLine} className="mt-auto">
                <input type="hidden" name="line_id" value={line.id} />
                <button
                  type="submit"
                  aria-label={t("removeLabel", { title: line.title })}
                  className="min-h-10 text-sm font-medium text-terracotta-dark underline underline-offset-4 hover:text-ink"
                >
                  {t("remove")}
                </button>
              </form>
            </div>
            <p className="shrink-0 font-semibold">
              <span className="sr-only">{t("lineTotal")} </span>
              <bdi className="tabular-nums">{money(line.total)}</bdi>
            </p>
          </li>
        ))}
      </ul>

      <div className="mt-6 flex items-baseline justify-between text-lg">
        <p className="font-semibold">{t("total")}</p>
        <p className="text-xl font-bold text-terracotta-dark" data-testid="cart-total">
          <bdi className="tabular-nums">{money(Number(cart.item_total ?? cart.total ?? 0))}</bdi>
        </p>
      </div>
      <p className="mt-2 text-sm text-muted">{t("shippingNote")}</p>
      <div className="mt-6 flex flex-col gap-3 sm:flex-row sm:justify-between">
        <Link href={localePath(locale)} className="inline-flex min-h-12 items-center justify-center rounded-full border border-ink/20 px-6 font-semibold hover:bg-wool">
          {t("continue")}
        </Link>
        <button
          type="button"
          disabled
          className="inline-flex min-h-12 items-center justify-center rounded-full bg-indigo px-6 font-semibold text-sand opacity-70"
        >
          {t("checkoutSoon")}
        </button>
      </div>
    </div>
  )
}
