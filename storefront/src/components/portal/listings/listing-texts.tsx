import { directionOf, locales, type Locale } from "@tiwizi/locale"
import type { VendorProduct } from "@/lib/listing-product"
import { languageNames } from "./language-names"

/** The listing's title, subtitle and description in every language it has, each marked as its language. */
export function ListingTexts({ product }: { product: VendorProduct }) {
  const written = locales.filter((locale: Locale) => product.title[locale]?.trim() || product.description[locale]?.trim())
  return (
    <div className="grid gap-4">
      {written.map((locale) => (
        <div key={locale} className="rounded-xl border border-clay bg-white p-3">
          <h3 lang={locale} className="mb-1 text-sm font-semibold text-muted">
            {languageNames[locale]}
          </h3>
          <div lang={locale} dir={directionOf(locale)}>
            <p className="text-lg font-semibold">{product.title[locale]}</p>
            {product.subtitle[locale] && <p className="text-muted">{product.subtitle[locale]}</p>}
            {product.description[locale] && <p className="mt-2 whitespace-pre-line">{product.description[locale]}</p>}
          </div>
        </div>
      ))}
    </div>
  )
}
