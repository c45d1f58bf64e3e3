import { defaultLocale } from "@tiwizi/locale"
// Reached only by paths outside any locale (the proxy prefixes everything else), so it speaks
// the three languages at once.
export default function GlobalNotFound() {
  return (
    <html lang={defaultLocale} dir="ltr">
      <body className="grid min-h-screen place-items-center p-6 text-center">
        {/* A metadata export is not applied when the [locale] layout itself answered 404. */}
        <title>Page introuvable · Tiwizi</title>
        <main className="max-w-md space-y-4">
          <h1 className="text-2xl font-semibold">Page introuvable</h1>
          <p lang="ar" dir="rtl">الصفحة غير موجودة</p>
          <p lang="en">Page not found</p>
          <a className="inline-block rounded-full bg-terracotta px-5 py-2.5 font-medium text-sand" href={`/${defaultLocale}`}>
            Tiwizi
          </a>
        </main>
      </body>
    </html>
  )
}
