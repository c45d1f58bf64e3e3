import { Button, Label, Prompt, Textarea } from "@medusajs/ui"
import { type FormEvent, useEffect, useState } from "react"

type Props = {
  open: boolean
  onOpenChange: (open: boolean) => void
  title: string
  description: string
  confirmLabel: string
  /** Rejecting and suspending need a reason, which the cooperative's members read. */
  askReason: boolean
  danger?: boolean
  pending: boolean
  onConfirm: (reason?: string) => void
}

/**
 * Confirms a staff decision, asking for the reason when one is required. The dialog stays open
 * until the caller closes it on success, so a refused decision keeps the reason typed.
 */
export function DecisionDialog({ open, onOpenChange, title, description, confirmLabel, askReason, danger, pending, onConfirm }: Props) {
  const [reason, setReason] = useState("")
  useEffect(() => {
    if (open) setReason("")
  }, [open])
  const missing = askReason && !reason.trim()
  const submit = (event: FormEvent) => {
    event.preventDefault()
    if (!missing && !pending) onConfirm(askReason ? reason.trim() : undefined)
  }
  return (
    <Prompt open={open} onOpenChange={onOpenChange} variant={danger ? "danger" : "confirmation"}>
      <Prompt.Content>
        <form onSubmit={submit}>
          <Prompt.Header>
            <Prompt.Title>{title}</Prompt.Title>
            <Prompt.Description>{description}</Prompt.Description>
          </Prompt.Header>
          {askReason && (
            <div className="flex flex-col gap-y-2 px-6 pb-2 pt-4">
              <Label htmlFor="decision-reason" size="small" weight="plus">
                Motif (communiqué à la coopérative)
              </Label>
              <Textarea
                id="decision-reason"
                value={reason}
                onChange={(event) => setReason(event.target.value)}
                rows={4}
                maxLength={2000}
                placeholder="Expliquez ce qui doit changer, en quelques mots simples."
                autoFocus
              />
            </div>
          )}
          <Prompt.Footer>
            <Prompt.Cancel type="button">Annuler</Prompt.Cancel>
            <Button type="submit" size="small" variant={danger ? "danger" : "primary"} disabled={missing} isLoading={pending}>
              {confirmLabel}
            </Button>
          </Prompt.Footer>
        </form>
      </Prompt.Content>
    </Prompt>
  )
}
