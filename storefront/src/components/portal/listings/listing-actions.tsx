import type { Locale } from "@tiwizi/locale"
import Link from "next/link"
import { getTranslations } from "next-intl/server"
import { moveListing } from "@/lib/actions/listings"
import type { VendorProduct } from "@/lib/listing-product"
import { listingActionsFor } from "@/lib/listing-status"
import { localePath } from "@/lib/locale-path"
import { Icon, type IconName } from "./icon"

const buttonClass = "inline-flex min-h-12 w-full items-center justify-center gap-2 rounded-full px-5 font-semibold sm:w-auto"
const primary = `${buttonClass} bg-terracotta text-sand hover:bg-terracotta-dark`
const secondary = `${buttonClass} border border-indigo text-indigo hover:bg-indigo/10`

function MoveForm({ locale, id, move, label, icon, className }: { locale: Locale; id: string; move: string; label: string; icon: IconName; className: string }) {
  return (
    <form action={moveListing}>
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="product_id" value={id} />
      <input type="hidden" name="move" value={move} />
      <button type="submit" className={className}>
        <Icon name={icon} />
        {label}
      </button>
    </form>
  )
}

/**
 * The actions that fit the listing's state. Archiving (final) and deleting (for good) ask first,
 * in a disclosure that works without JavaScript.
 */
export async function ListingActions({ locale, product }: { locale: Locale; product: VendorProduct }) {
  const t = await getTranslations({ locale, namespace: "PortalListings.actions" })
  const actions = listingActionsFor(product.listing)
  if (!actions.length) return null
  return (
    <div className="flex flex-col gap-3 sm:flex-row sm:flex-wrap sm:items-start">
      {actions.includes("submit") && <MoveForm locale={locale} id={product.id} move="submit" label={t("submit")} icon="send" className={primary} />}
      {actions.includes("edit") && (
        <Link href={localePath(locale, `/cooperative/listings/${product.id}/edit`)} className={actions.includes("submit") ? secondary : primary}>
          <Icon name="pencil" />
          {t("edit")}
        </Link>
      )}
      {actions.includes("withdraw") && <MoveForm locale={locale} id={product.id} move="withdraw" label={t("withdraw")} icon="undo" className={secondary} />}
      {(["archive", "delete"] as const)
        .filter((action) => actions.includes(action))
        .map((action) => (
          <details key={action} className="rounded-2xl border border-clay bg-white">
            <summary className="flex min-h-12 cursor-pointer items-center gap-2 px-5 font-semibold text-terracotta-dark">
              <Icon name={action === "archive" ? "archive" : "trash"} />
              {t(action)}
            </summary>
            <div className="px-5 pb-4">
              <p className="mb-3">{t(action === "archive" ? "archiveWarning" : "deleteWarning")}</p>
              <MoveForm
                locale={locale}
                id={product.id}
                move={action}
                label={t(action === "archive" ? "archiveConfirm" : "deleteConfirm")}
                icon={action === "archive" ? "archive" : "trash"}
                className={`${buttonClass} bg-terracotta-dark text-sand hover:bg-ink`}
              />
            </div>
          </details>
        ))}
    </div>
  )
}
