import type { Metadata } from "next"
import { redirect } from "next/navigation"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { ApplicationForm } from "@/components/portal/application-form"
import { ApplicationStatus } from "@/components/portal/application-status"
import { PageHeading } from "@/components/portal/page-heading"
import { DocumentIcon } from "@/components/portal/portal-icons"
import { localeFromParam } from "@/i18n/locale-param"
import { requirePortalSession } from "@/lib/data/vendor"
import { localePath } from "@/lib/locale-path"
import { applicationValues } from "@/lib/portal-application"

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = localeFromParam((await params).locale)
  const t = await getTranslations({ locale, namespace: "Portal.meta" })
  return { title: t("apply") }
}

/**
 * The cooperative's application and its state. A member without a cooperative fills the form;
 * a pending, rejected or suspended cooperative shows where it stands (the owner of a rejected
 * one gets the form again, filled, to correct and send); an approved one goes home.
 */
export default async function ApplyPage({ params }: Props) {
  const locale = localeFromParam((await params).locale)
  setRequestLocale(locale)
  const { member, cooperative } = await requirePortalSession(locale, "/cooperative/apply")
  if (cooperative?.status === "approved") redirect(localePath(locale, "/cooperative"))
  const t = await getTranslations({ locale, namespace: "Portal.apply" })
  const owner = member.role === "owner"
  return (
    <div className="mx-auto max-w-2xl px-4 pb-16 pt-6">
      <PageHeading icon={<DocumentIcon width={24} height={24} />} title={cooperative ? cooperative.name : t("title")} intro={cooperative ? undefined : t("intro")} />
      {cooperative ? (
        <div className="space-y-8">
          <ApplicationStatus locale={locale} cooperative={cooperative} owner={owner} />
          {cooperative.status === "rejected" && owner && (
            <section aria-labelledby="apply-again">
              <h2 id="apply-again" className="mb-4 text-xl font-semibold">
                {t("again")}
              </h2>
              <ApplicationForm locale={locale} initialValues={applicationValues(cooperative)} />
            </section>
          )}
        </div>
      ) : (
        <>
          <p className="mb-6 rounded-xl bg-wool p-4 text-sm">{t("invited")}</p>
          <ApplicationForm locale={locale} />
        </>
      )}
    </div>
  )
}
