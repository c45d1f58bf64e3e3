import type { Metadata } from "next"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { PageHeading } from "@/components/portal/page-heading"
import { BoxIcon, TagIcon } from "@/components/portal/portal-icons"
import { IconLink } from "@/components/portal/portal-section"
import { localeFromParam } from "@/i18n/locale-param"
import { requireApprovedMember } from "@/lib/data/vendor"
import { localePath } from "@/lib/locale-path"

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = localeFromParam((await params).locale)
  const t = await getTranslations({ locale, namespace: "Portal.meta" })
  return { title: t("orders") }
}

/**
 * Orders to fulfil. Marketplace orders do not reach cooperatives yet: the page says so plainly
 * and what will happen here, rather than an empty list that would read as "nobody bought".
 */
export default async function PortalOrdersPage({ params }: Props) {
  const locale = localeFromParam((await params).locale)
  setRequestLocale(locale)
  await requireApprovedMember(locale, "/cooperative/orders")
  const t = await getTranslations({ locale, namespace: "Portal.orders" })
  return (
    <div className="mx-auto max-w-3xl px-4 pb-10 pt-6">
      <PageHeading icon={<BoxIcon width={24} height={24} />} title={t("title")} />
      <section aria-labelledby="no-orders" className="rounded-2xl bg-wool p-6 text-center ring-1 ring-clay/70">
        <BoxIcon width={48} height={48} className="mx-auto text-muted" />
        <h2 id="no-orders" className="mt-3 text-lg font-semibold">
          {t("emptyTitle")}
        </h2>
        <p className="mx-auto mt-2 max-w-md text-muted">{t("emptyBody")}</p>
        <div className="mt-4">
          <IconLink href={localePath(locale, "/cooperative/listings")} icon={<TagIcon />}>
            {t("listings")}
          </IconLink>
        </div>
      </section>
    </div>
  )
}
