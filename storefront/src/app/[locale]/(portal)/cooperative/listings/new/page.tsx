import type { Metadata } from "next"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { Icon } from "@/components/portal/listings/icon"
import { ListingWizard } from "@/components/portal/listings/listing-wizard"
import { loadWizardText } from "@/components/portal/listings/load-wizard-text"
import { PageHeading } from "@/components/portal/page-heading"
import { localeFromParam } from "@/i18n/locale-param"
import { requireApprovedMember } from "@/lib/data/vendor"
import { emptyListingValues } from "@/lib/listing-form"
import { wizardOptions } from "@/lib/listing-options"

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = localeFromParam((await params).locale)
  const t = await getTranslations({ locale, namespace: "PortalListings.meta" })
  return { title: t("new") }
}

/** A new listing, in the wizard: photos first. */
export default async function NewListingPage({ params }: Props) {
  const locale = localeFromParam((await params).locale)
  setRequestLocale(locale)
  const path = "/cooperative/listings/new"
  const session = await requireApprovedMember(locale, path)
  const [t, text] = await Promise.all([getTranslations({ locale, namespace: "PortalListings.meta" }), loadWizardText(locale)])
  return (
    <>
      <PageHeading icon={<Icon name="plus" />} title={t("new")} />
      <ListingWizard
        locale={locale}
        memberId={session.member.id}
        productId={null}
        state="draft"
        initialValues={emptyListingValues(locale)}
        initialImages={[]}
        options={wizardOptions(locale)}
        text={text}
        path={path}
      />
    </>
  )
}
