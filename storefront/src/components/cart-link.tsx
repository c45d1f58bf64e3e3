import { formatNumber, type Locale } from "@tiwizi/locale"
import Link from "next/link"
import { getTranslations } from "next-intl/server"
import { getCartView } from "@/lib/data/cart"
import { localePath } from "@/lib/locale-path"
import { CartDrawer } from "./cart-drawer"
import { CartDrawerTrigger } from "./cart-drawer-trigger"
import { CartLines } from "./cart-lines"
import { CartTotals } from "./cart-totals"
import { BagIcon } from "./icons"

/**
 * The header's cart link, with the number of pieces in the visitor's cart, and the cart drawer
 * it opens (the link leads to the cart page until the page is interactive). The drawer is on
 * every page, empty or not, so that adding to the cart can open it.
 */
export async function CartLink({ locale }: { locale: Locale }) {
  const [view, t, tCart] = await Promise.all([
    getCartView(locale),
    getTranslations({ locale, namespace: "Header" }),
    getTranslations({ locale, namespace: "Cart" }),
  ])
  const count = view?.count ?? 0
  const button = "inline-flex min-h-12 items-center justify-center rounded-full px-6 font-semibold"
  return (
    <>
      <CartDrawerTrigger
        href={localePath(locale, "/cart")}
        className="relative inline-flex min-h-11 items-center gap-2 rounded-full px-3 font-medium hover:bg-wool"
      >
        <BagIcon />
        {/* The link's name is what it shows ("Panier 1") and the word after: "Panier 1 article". */}
        <span className="max-sm:sr-only">{t("cart")}</span>{" "}
        {count > 0 && (
          <span
            data-testid="cart-count"
            className="min-w-6 rounded-full bg-terracotta px-1.5 text-center text-sm leading-6 text-sand tabular-nums"
          >
            {formatNumber(count, locale)}
          </span>
        )}{" "}
        <span className="sr-only">{t("cartCount", { count })}</span>
      </CartDrawerTrigger>
      <CartDrawer title={tCart("title")} closeLabel={tCart("close")} addedLabel={tCart("added")}>
        {view && view.lines.length > 0 ? (
          <>
            <div className="mt-4 flex-1">
              <CartLines locale={locale} currency={view.cart.currency_code} groups={view.groups} place="drawer" />
            </div>
            <div className="sticky bottom-0 mt-4 space-y-3 bg-sand pt-3">
              <CartTotals locale={locale} totals={view.cart} />
              <div className="grid gap-2 sm:grid-cols-2">
                <Link href={localePath(locale, "/cart")} className={`${button} border border-ink/20 hover:bg-wool`}>
                  {tCart("viewCart")}
                </Link>
                <Link href={localePath(locale, "/checkout")} className={`${button} bg-terracotta text-sand hover:bg-terracotta-dark`}>
                  {tCart("checkout")}
                </Link>
              </div>
            </div>
          </>
        ) : (
          <p className="mt-6 text-lg">{tCart("empty")}</p>
        )}
      </CartDrawer>
    </>
  )
}
