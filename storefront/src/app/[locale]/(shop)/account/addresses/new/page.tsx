import type { Metadata } from "next"
import Link from "next/link"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { AccountShell } from "@/components/account/account-shell"
import { AddressForm } from "@/components/account/address-form"
import { ChevronBack } from "@/components/icons"
import { localeFromParam } from "@/i18n/locale-param"
import { requireCustomer } from "@/lib/data/customer"
import { localePath } from "@/lib/locale-path"

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = localeFromParam((await params).locale)
  const t = await getTranslations({ locale, namespace: "Account.meta" })
  return { title: t("newAddress") }
}

export default async function NewAddressPage({ params }: Props) {
  const locale = localeFromParam((await params).locale)
  setRequestLocale(locale)
  await requireCustomer(locale, localePath(locale, "/account/addresses/new"))
  const t = await getTranslations({ locale, namespace: "Account.addresses" })
  return (
    <AccountShell locale={locale} current="addresses">
      <Link href={localePath(locale, "/account/addresses")} className="mb-4 inline-flex min-h-11 items-center gap-1.5 font-medium text-terracotta-dark hover:underline">
        <ChevronBack />
        {t("back")}
      </Link>
      <h1 className="mb-6 text-3xl font-bold tracking-tight">{t("newTitle")}</h1>
      <AddressForm locale={locale} />
    </AccountShell>
  )
}
