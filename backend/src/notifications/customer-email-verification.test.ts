import { describe, expect, it } from "vitest"
import { renderCustomerEmailVerification } from "./customer-email-verification"

const url = "https://tiwizi.test/fr/account/verify-email?token=a.b.c&x=<y>"

describe("a customer's email verification", () => {
  it("gives the link as a button and as text, says why it matters and how long it works", () => {
    const fr = renderCustomerEmailVerification("fr", url)
    expect(fr.subject).toBe("Confirmez votre adresse e-mail")
    expect(fr.text).toContain(`Confirmer mon adresse: ${url}`)
    expect(fr.text).toContain("enchérir")
    expect(fr.text).toContain("48 heures")
    expect(fr.html).toContain('href="https://tiwizi.test/fr/account/verify-email?token=a.b.c&amp;x=&lt;y&gt;"')
    expect(fr.html).not.toContain("<y>")
  })

  it("writes Arabic right to left, and English", () => {
    const ar = renderCustomerEmailVerification("ar", url)
    expect(ar.html).toContain('<html lang="ar" dir="rtl">')
    expect(ar.subject).toBe("أكد عنوان بريدك الإلكتروني")
    expect(renderCustomerEmailVerification("en", url).text).toContain("valid for 48 hours")
  })
})
