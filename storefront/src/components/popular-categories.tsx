import type { Locale } from "@tiwizi/locale"
import Link from "next/link"
import { listTopCategories } from "@/lib/data/categories"
import { localePath } from "@/lib/locale-path"

/**
 * Somewhere to start when a search has nothing to show: the shop's top-level categories, in the
 * curated order (the header's list, so no extra request).
 */
export async function PopularCategories({ locale, title }: { locale: Locale; title: string }) {
  const categories = await listTopCategories(locale)
  if (categories.length === 0) return null
  return (
    <section aria-labelledby="popular-categories" className="mt-8">
      <h2 id="popular-categories" className="mb-3 text-lg font-semibold">
        {title}
      </h2>
      <ul className="flex flex-wrap gap-2">
        {categories.map((category) => (
          <li key={category.id}>
            <Link
              href={localePath(locale, `/categories/${category.handle}`)}
              className="inline-flex min-h-11 items-center rounded-full border border-clay bg-wool px-4 font-medium hover:border-terracotta"
            >
              {category.name}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  )
}
