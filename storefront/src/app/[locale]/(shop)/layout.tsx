import { setRequestLocale } from "next-intl/server"
import type { ReactNode } from "react"
import { Footer } from "@/components/footer"
import { Header } from "@/components/header"
import { localeFromParam } from "@/i18n/locale-param"
import { listTopCategories } from "@/lib/data/categories"

type Props = { children: ReactNode; params: Promise<{ locale: string }> }

export default async function ShopLayout({ children, params }: Props) {
  const locale = localeFromParam((await params).locale)
  setRequestLocale(locale)
  const categories = await listTopCategories(locale)
  return (
    <>
      <Header locale={locale} />
      <main id="main" className="flex-1">
        {children}
      </main>
      <Footer locale={locale} categories={categories} />
    </>
  )
}
