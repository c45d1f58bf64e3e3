import type { Locale } from "@tiwizi/locale"
import { getTranslations } from "next-intl/server"
import { Icon } from "./icon"
import { NewListingLink } from "./new-listing-link"

/** No listing yet (or none in the state asked for): what to do next, with the button to do it. */
export async function EmptyListings({ locale, filtered }: { locale: Locale; filtered: boolean }) {
  const t = await getTranslations({ locale, namespace: "PortalListings.list" })
  return (
    <div className="mt-4 flex flex-col items-center gap-3 rounded-2xl border border-dashed border-clay bg-white p-6 text-center">
      <Icon name="camera" width="40" height="40" className="text-terracotta-dark" />
      <p className="text-lg font-semibold">{t(filtered ? "emptyFiltered" : "empty")}</p>
      {!filtered && <p className="text-muted">{t("emptyHint")}</p>}
      <NewListingLink locale={locale} label={t("new")} />
    </div>
  )
}
