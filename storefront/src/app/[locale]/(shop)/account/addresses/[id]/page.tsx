import type { Metadata } from "next"
import Link from "next/link"
import { notFound } from "next/navigation"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { AccountShell } from "@/components/account/account-shell"
import { AddressForm } from "@/components/account/address-form"
import { ChevronBack } from "@/components/icons"
import { localeFromParam } from "@/i18n/locale-param"
import { isResourceId } from "@/lib/account-ids"
import { requireCustomer, retrieveAddress } from "@/lib/data/customer"
import { localePath } from "@/lib/locale-path"

type Props = { params: Promise<{ locale: string; id: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = localeFromParam((await params).locale)
  const t = await getTranslations({ locale, namespace: "Account.meta" })
  return { title: t("editAddress") }
}

export default async function EditAddressPage({ params }: Props) {
  const { locale: localeParam, id } = await params
  const locale = localeFromParam(localeParam)
  setRequestLocale(locale)
  await requireCustomer(locale, localePath(locale, `/account/addresses/${encodeURIComponent(id)}`))
  if (!isResourceId(id, "cuaddr")) notFound()
  const [t, address] = await Promise.all([getTranslations({ locale, namespace: "Account.addresses" }), retrieveAddress(id)])
  if (!address) notFound()
  return (
    <AccountShell locale={locale} current="addresses">
      <Link href={localePath(locale, "/account/addresses")} className="mb-4 inline-flex min-h-11 items-center gap-1.5 font-medium text-terracotta-dark hover:underline">
        <ChevronBack />
        {t("back")}
      </Link>
      <h1 className="mb-6 text-3xl font-bold tracking-tight">{t("editTitle")}</h1>
      <AddressForm locale={locale} address={address} />
    </AccountShell>
  )
}
