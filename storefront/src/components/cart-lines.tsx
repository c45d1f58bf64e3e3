import { formatMoney, formatNumber, type Locale } from "@tiwizi/locale"
import Image from "next/image"
import Link from "next/link"
import { getTranslations } from "next-intl/server"
import { removeLine } from "@/lib/actions/cart"
import type { CooperativeGroup } from "@/lib/cart-summary"
import { cartErrorCodes } from "@/lib/errors"
import { localePath } from "@/lib/locale-path"
import { CartQuantity, type CartQuantityLabels } from "./cart-quantity"

type Props = {
  locale: Locale
  currency: string
  groups: CooperativeGroup[]
  /** Where the lines are shown: the drawer is a level deeper in the outline and more compact. */
  place: "page" | "drawer"
}

/**
 * A cart's lines grouped by the cooperative that makes them, each with its picture, title,
 * quantity stepper (bounded by stock), remove button and total.
 */
export async function CartLines({ locale, currency, groups, place }: Props) {
  const t = await getTranslations({ locale, namespace: "Cart" })
  const money = (amount: number) => formatMoney(amount, currency, locale)
  const GroupHeading = place === "page" ? "h2" : "h3"
  const LineHeading = place === "page" ? "h3" : "h4"
  const quantityLabels = (title: string): CartQuantityLabels => ({
    quantity: t("quantityOf", { title }),
    decrease: t("decrease", { title }),
    increase: t("increase", { title }),
    maxReached: t("maxReached"),
    unique: t("unique"),
    errors: Object.fromEntries(cartErrorCodes.map((code) => [code, t(`lineErrors.${code}`)])) as CartQuantityLabels["errors"],
  })
  const thumb = place === "page" ? "size-20 sm:size-24" : "size-16"

  return (
    <div className="space-y-6">
      {groups.map((group) => (
        <section key={group.cooperative?.handle ?? "other"} aria-label={group.cooperative?.name ?? t("otherMakers")}>
          <GroupHeading className="text-sm font-semibold text-muted">
            {group.cooperative ? (
              <>
                {t("madeBy")}{" "}
                <Link href={localePath(locale, `/cooperatives/${group.cooperative.handle}`)} className="text-ink underline underline-offset-4 hover:text-terracotta-dark">
                  {group.cooperative.name}
                </Link>
              </>
            ) : (
              t("otherMakers")
            )}
          </GroupHeading>
          <ul className="mt-2 divide-y divide-clay border-y border-clay">
            {group.lines.map((line, index) => (
              <li key={line.id} className="flex gap-3 py-4 sm:gap-4">
                <div className={`relative shrink-0 overflow-hidden rounded-xl bg-clay ${thumb}`}>
                  {line.thumbnail && (
                    <Image src={line.thumbnail} alt="" fill sizes="96px" loading={place === "page" && index < 3 ? "eager" : "lazy"} className="object-cover" />
                  )}
                </div>
                <div className="flex min-w-0 flex-1 flex-col gap-1">
                  <LineHeading className="font-medium leading-snug">
                    {line.handle ? (
                      <Link href={localePath(locale, `/products/${line.handle}`)} className="hover:underline">
                        {line.title}
                      </Link>
                    ) : (
                      line.title
                    )}
                  </LineHeading>
                  {line.variantTitle && <p className="text-sm text-muted">{line.variantTitle}</p>}
                  <div className="flex flex-wrap items-start gap-x-4">
                    <CartQuantity
                      idPrefix={place}
                      lineId={line.id}
                      quantity={line.quantity}
                      max={line.maxQuantity}
                      display={formatNumber(line.quantity, locale)}
                      labels={quantityLabels(line.title)}
                    />
                    <form action={removeLine}>
                      <input type="hidden" name="line_id" value={line.id} />
                      <button
                        type="submit"
                        aria-label={t("removeLabel", { title: line.title })}
                        className="min-h-11 text-sm font-medium text-terracotta-dark underline underline-offset-4 hover:text-ink"
                      >
                        {t("remove")}
                      </button>
                    </form>
                  </div>
                </div>
                <p className="shrink-0 font-semibold">
                  <span className="sr-only">{t("lineTotal")} </span>
                  <bdi className="tabular-nums">{money(line.total)}</bdi>
                </p>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  )
}
