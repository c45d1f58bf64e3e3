import type { Metadata } from "next"
import Link from "next/link"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { AccountShell } from "@/components/account/account-shell"
import { AddressCard } from "@/components/account/address-card"
import { localeFromParam } from "@/i18n/locale-param"
import { removeAddress } from "@/lib/actions/account"
import { listAddresses, requireCustomer } from "@/lib/data/customer"
import { localePath } from "@/lib/locale-path"

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = localeFromParam((await params).locale)
  const t = await getTranslations({ locale, namespace: "Account.meta" })
  return { title: t("addresses") }
}

export default async function AddressesPage({ params }: Props) {
  const locale = localeFromParam((await params).locale)
  setRequestLocale(locale)
  await requireCustomer(locale, localePath(locale, "/account/addresses"))
  const [t, addresses] = await Promise.all([getTranslations({ locale, namespace: "Account.addresses" }), listAddresses()])
  const actionClass = "inline-flex min-h-11 items-center rounded-full px-4 font-medium hover:bg-wool"
  return (
    <AccountShell locale={locale} current="addresses">
      <div className="mb-6 flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-3xl font-bold tracking-tight">{t("title")}</h1>
        <Link
          href={localePath(locale, "/account/addresses/new")}
          className="inline-flex min-h-12 items-center rounded-full bg-terracotta px-6 font-semibold text-sand hover:bg-terracotta-dark"
        >
          {t("add")}
        </Link>
      </div>
      {addresses.length === 0 ? (
        <p className="rounded-2xl bg-wool p-6">{t("empty")}</p>
      ) : (
        <ul className="grid gap-4 sm:grid-cols-2">
          {addresses.map((address) => {
            const name = [address.first_name, address.last_name].filter(Boolean).join(" ")
            return (
              <li key={address.id} className="flex flex-col rounded-2xl border border-clay p-4" data-testid="address">
                <AddressCard address={address} locale={locale} />
                <div className="mt-3 flex flex-wrap gap-2 border-t border-clay pt-3">
                  <Link href={localePath(locale, `/account/addresses/${address.id}`)} aria-label={t("editLabel", { name })} className={`${actionClass} text-ink`}>
                    {t("edit")}
                  </Link>
                  <form action={removeAddress}>
                    <input type="hidden" name="locale" value={locale} />
                    <input type="hidden" name="id" value={address.id} />
                    <button type="submit" aria-label={t("deleteLabel", { name })} className={`${actionClass} text-terracotta-dark`}>
                      {t("delete")}
                    </button>
                  </form>
                </div>
              </li>
            )
          })}
        </ul>
      )}
    </AccountShell>
  )
}
