import type { Locale } from "@tiwizi/locale"
import { getTranslations } from "next-intl/server"
import { AlertIcon, CheckIcon } from "../portal-icons"

/** What an action of the order's page did (`?done=`), or why it could not (`?failed=`). */
const doneMoves = ["accepted", "shipped", "delivered", "item_cancelled"] as const
const failures = ["status_changed", "item_cancelled"] as const

/** The message after an action redirected to the order's page; nothing for any other value. */
export async function OrderNotices({ locale, done, failed }: { locale: Locale; done: unknown; failed: unknown }) {
  const t = await getTranslations({ locale, namespace: "PortalOrders" })
  const move = doneMoves.find((candidate) => candidate === done)
  const failure = failures.find((candidate) => candidate === failed)
  return (
    <>
      {move && (
        <p role="status" className="mb-4 flex items-start gap-2 rounded-xl border border-olive/40 bg-wool p-3 font-medium text-olive">
          <CheckIcon className="mt-0.5" />
          {t(`detail.done.${move}`)}
        </p>
      )}
      {failure && (
        <p role="alert" className="mb-4 flex items-start gap-2 rounded-xl border border-terracotta-dark/40 bg-wool p-3 font-medium text-terracotta-dark">
          <AlertIcon className="mt-0.5" />
          {t(`errors.${failure}`)}
        </p>
      )}
    </>
  )
}
