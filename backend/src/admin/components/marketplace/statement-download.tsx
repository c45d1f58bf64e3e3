import { Button, Input, toast } from "@medusajs/ui"
import { useState } from "react"
import { downloadStatement } from "../../lib/marketplace/download-statement"
import { lastMonth } from "../../lib/marketplace/labels"

/** A month picker and a button that downloads the cooperative's statement for that month as CSV. */
export function StatementDownload({ cooperativeId, handle }: { cooperativeId: string; handle: string | null }) {
  const [month, setMonth] = useState(lastMonth())
  const [pending, setPending] = useState(false)
  const download = async () => {
    setPending(true)
    try {
      await downloadStatement(cooperativeId, month, `tiwizi-${handle ?? cooperativeId}-${month}.csv`)
    } catch (error) {
      toast.error("Le relevé n'a pas pu être téléchargé", { description: (error as Error).message })
    } finally {
      setPending(false)
    }
  }
  return (
    <div className="flex items-center gap-x-2">
      <Input size="small" type="month" aria-label="Mois du relevé" value={month} onChange={(event) => setMonth(event.target.value)} className="w-[150px]" />
      <Button size="small" variant="secondary" type="button" isLoading={pending} disabled={!month} onClick={download}>
        Relevé CSV
      </Button>
    </div>
  )
}
