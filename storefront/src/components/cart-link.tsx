import { formatNumber, type Locale } from "@tiwizi/locale"
import Link from "next/link"
import { getTranslations } from "next-intl/server"
import { cartItemCount } from "@/lib/cart-summary"
import { getCart } from "@/lib/data/cart"
import { localePath } from "@/lib/locale-path"
import { BagIcon } from "./icons"

/** The header's cart link, with the number of pieces in the visitor's cart. */
export async function CartLink({ locale }: { locale: Locale }) {
  const [cart, t] = await Promise.all([getCart(), getTranslations({ locale, namespace: "Header" })])
  const count = cartItemCount(cart)
  return (
    <Link
      href={localePath(locale, "/cart")}
      aria-label={t("cartWithCount", { count, n: formatNumber(count, locale) })}
      className="relative inline-flex min-h-11 items-center gap-2 rounded-full px-3 font-medium hover:bg-wool"
    >
      <BagIcon />
      <span className="hidden sm:inline">{t("cart")}</span>
      {count > 0 && (
        <span
          data-testid="cart-count"
          className="min-w-6 rounded-full bg-terracotta px-1.5 text-center text-sm leading-6 text-sand tabular-nums"
        >
          {formatNumber(count, locale)}
        </span>
      )}
    </Link>
  )
}
