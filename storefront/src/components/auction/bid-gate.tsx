import type { Locale } from "@tiwizi/locale"
import Link from "next/link"
import { getTranslations } from "next-intl/server"
import { loginPath } from "@/lib/account-next"
import type { AuctionDetail } from "@/lib/auction-types"
import { localePath } from "@/lib/locale-path"

/**
 * What stands between a reader and the bid form of a lot that is or will be open, said with
 * the way past it: log in (and come back to this lot), verify the email (from the account,
 * which sends the link), or nothing to do for a member of the selling cooperative. `null` when
 * nothing does.
 */
export async function BidGate({ lot, locale }: { lot: AuctionDetail; locale: Locale }) {
  if (lot.phase !== "live" && lot.phase !== "upcoming") return null
  const t = await getTranslations({ locale, namespace: "Auctions.gate" })
  const box = "space-y-2 rounded-2xl border border-clay p-5"
  const link = "inline-flex min-h-11 items-center font-semibold text-terracotta-dark underline underline-offset-4"
  if (!lot.viewer) {
    return (
      <div className={box} data-testid="bid-gate">
        <Link href={loginPath(locale, localePath(locale, `/auctions/${lot.id}`))} className={link}>
          {t("login")}
        </Link>
        <p className="text-sm text-muted">{t("loginHint")}</p>
      </div>
    )
  }
  if (lot.viewer.reason === "email_not_verified") {
    return (
      <div className={box} data-testid="bid-gate">
        <p>{t("verify")}</p>
        <Link href={localePath(locale, "/account")} className={link}>
          {t("verifyLink")}
        </Link>
      </div>
    )
  }
  if (lot.viewer.reason === "own_cooperative") {
    return (
      <p className={box} data-testid="bid-gate">
        {t("ownCooperative")}
      </p>
    )
  }
  return null
}
