import type { Locale } from "@tiwizi/locale"
import { getTranslations } from "next-intl/server"
import { isListingFailure } from "@/lib/listing-errors"
import type { VendorProduct } from "@/lib/listing-product"
import { hasPendingRevision, staffReasonOf } from "@/lib/listing-status"
import { Icon } from "./icon"

const doneMoves = ["submit", "withdraw", "archive"] as const

type Props = { locale: Locale; product: VendorProduct; done: unknown; failed: unknown }

/**
 * What the member should know first on a listing's page: what just happened (`?done=`, `?failed=`
 * from the actions), staff's reason to fix, a change waiting for review, and what the state means.
 */
export async function ListingNotices({ locale, product, done, failed }: Props) {
  const t = await getTranslations({ locale, namespace: "PortalListings" })
  const reason = staffReasonOf(product)
  const move = doneMoves.find((candidate) => candidate === done)
  return (
    <div className="grid gap-3">
      {move && (
        <p role="status" className="flex items-center gap-2 rounded-xl border border-olive/40 bg-wool p-3 font-medium text-olive">
          <Icon name="check" />
          {t(`detail.done.${move}`)}
        </p>
      )}
      {isListingFailure(failed) && (
        <p role="alert" className="flex items-center gap-2 rounded-xl border border-terracotta-dark/40 bg-wool p-3 font-medium text-terracotta-dark">
          <Icon name="alert" />
          {t(`failures.${failed}`)}
        </p>
      )}
      {reason && (
        <section aria-labelledby="staff-reason" className="rounded-xl border-2 border-terracotta-dark/50 bg-white p-4">
          <h2 id="staff-reason" className="flex items-center gap-2 font-semibold text-terracotta-dark">
            <Icon name="alert" />
            {t(reason.kind === "listing" ? "detail.reasonListing" : "detail.reasonRevision")}
          </h2>
          <p className="mt-2 whitespace-pre-line">{reason.reason}</p>
          <p className="mt-2 text-sm text-muted">{t(reason.kind === "listing" ? "detail.fixListing" : "detail.fixRevision")}</p>
        </section>
      )}
      {hasPendingRevision(product) && (
        <p className="flex items-start gap-2 rounded-xl border border-indigo/40 bg-white p-3">
          <Icon name="clock" className="mt-0.5 text-indigo" />
          {t("detail.pendingRevision")}
        </p>
      )}
      <p className="flex items-start gap-2 text-muted">
        <Icon name="info" className="mt-0.5" />
        {t(`detail.about.${product.listing.state}`)}
      </p>
    </div>
  )
}
