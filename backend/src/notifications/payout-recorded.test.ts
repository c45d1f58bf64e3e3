import { describe, expect, it } from "vitest"
import { payoutRecordedData, payoutRecordedSms, renderPayoutRecorded } from "./payout-recorded"

process.env.STOREFRONT_URL = "https://tiwizi.test"

// 23:30 UTC on 31 March is already 1 April in Casablanca (UTC+1).
const entry = { id: "ledg_1", currency_code: "mad", amount: -1500.5, occurred_at: new Date("2026-03-31T23:30:00Z"), bank_reference: "VIR-2026-0042" }

describe("a cooperative's payout notice", () => {
  it("reads the payout: the positive amount, the bank's date, its reference, the statement of that month", () => {
    const data = payoutRecordedData(entry, "fr")
    expect(data).toEqual({
      entry_id: "ledg_1",
      amount: 1500.5,
      currency_code: "mad",
      paid_at: "2026-03-31T23:30:00.000Z",
      bank_reference: "VIR-2026-0042",
      url: "https://tiwizi.test/fr/cooperative/statement?month=2026-04",
    })
  })

  it("writes the email and SMS in French, Arabic (right to left) and English, dated in Morocco", () => {
    const fr = renderPayoutRecorded("fr", payoutRecordedData(entry, "fr"))
    expect(fr.subject).toBe("Virement de 1.500,50\u00a0MAD envoyé")
    expect(fr.text).toContain("le 1 avril 2026")
    expect(fr.text).toContain("Référence bancaire : VIR-2026-0042")
    expect(payoutRecordedSms("fr", payoutRecordedData(entry, "fr"))).toBe("Tiwizi : virement de 1.500,50\u00a0MAD envoyé le 1 avril 2026. Réf. VIR-2026-0042")
    const ar = renderPayoutRecorded("ar", payoutRecordedData(entry, "ar"))
    expect(ar.html).toContain('<html lang="ar" dir="rtl">')
    expect(ar.text).toContain("المرجع البنكي: VIR-2026-0042")
    expect(ar.text).not.toMatch(/[٠-٩]/)
    expect(payoutRecordedSms("ar", payoutRecordedData(entry, "ar"))).toMatch(/^تيويزي: تم تحويل .+ بتاريخ .+2026\. المرجع: VIR-2026-0042$/)
    expect(payoutRecordedSms("en", payoutRecordedData(entry, "en"))).toBe("Tiwizi: transfer of MAD\u00a01,500.50 sent on 1 April 2026. Ref. VIR-2026-0042")
  })
})
