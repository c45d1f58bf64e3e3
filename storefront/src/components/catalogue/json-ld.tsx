import { jsonLdText } from "@/lib/product-json-ld"

/** Structured data for search engines, inline in the page (no script is loaded or run). */
export function JsonLd({ data }: { data: unknown }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonLdText(data) }} />
}
