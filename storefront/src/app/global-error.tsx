"use client"

import "./globals.css"

// Last resort, when even the localized layout failed: no translations are at hand, so it
// speaks the shop's three languages at once and offers the one action that helps.
export default function GlobalError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="fr" dir="ltr">
      <body className="grid min-h-screen place-items-center p-6 text-center">
        <main className="max-w-md space-y-4">
          <h1 className="text-2xl font-semibold">La boutique n&apos;a pas pu s&apos;afficher</h1>
          <p lang="ar" dir="rtl">تعذّر عرض المتجر. أعد المحاولة بعد قليل.</p>
          <p lang="en">The shop could not be shown. Please try again in a moment.</p>
          <button className="rounded-full bg-terracotta px-5 py-2.5 font-medium text-sand" onClick={() => reset()}>
            Réessayer · إعادة المحاولة · Try again
          </button>
        </main>
      </body>
    </html>
  )
}
