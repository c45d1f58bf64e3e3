import type { Locale } from "@tiwizi/locale"
import Link from "next/link"
import { getTranslations } from "next-intl/server"
import type { CategorySummary } from "@/lib/data/categories"
import { localePath } from "@/lib/locale-path"

/** About the shop, its payment promise, and links to every category. */
export async function Footer({ locale, categories }: { locale: Locale; categories: CategorySummary[] }) {
  const t = await getTranslations({ locale, namespace: "Footer" })
  return (
    <footer className="mt-16 bg-indigo-dark text-sand">
      <div className="mx-auto grid max-w-6xl gap-8 px-4 py-10 sm:grid-cols-[2fr_1fr]">
        <div className="space-y-3 text-sm leading-relaxed text-sand/90">
          <p className="text-lg font-semibold text-sand">Tiwizi</p>
          <p>{t("about")}</p>
          <p>{t("fact")}</p>
          <p>{t("payment")}</p>
        </div>
        <nav aria-labelledby="footer-shop">
          <p id="footer-shop" className="mb-2 font-semibold">{t("shop")}</p>
          <ul className="space-y-1 text-sm">
            {categories.map((category) => (
              <li key={category.id}>
                <Link className="inline-block py-1 text-sand/90 underline-offset-4 hover:underline" href={localePath(locale, `/categories/${category.handle}`)}>
                  {category.name}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </div>
      <p className="border-t border-sand/15 py-4 text-center text-xs text-sand/80">{t("rights", { year: new Date().getFullYear() })}</p>
    </footer>
  )
}
