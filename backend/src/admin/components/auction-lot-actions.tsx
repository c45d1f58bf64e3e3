import { Alert, Button, Label, Prompt, Textarea, toast } from "@medusajs/ui"
import { type FormEvent, useEffect, useState } from "react"
import { type AuctionDetail, useAuctionAction } from "../lib/use-auctions"

/** Staff cancel any lot not yet paid, with a reason kept on the lot. The dialog keeps the reason typed when the backend refuses. */
export function CancelLot({ lot }: { lot: AuctionDetail }) {
  const action = useAuctionAction()
  const [open, setOpen] = useState(false)
  const [reason, setReason] = useState("")
  useEffect(() => {
    if (open) setReason("")
  }, [open])
  const submit = (event: FormEvent) => {
    event.preventDefault()
    if (!reason.trim() || action.isPending) return
    action.mutate({ kind: "cancel", id: lot.id, reason: reason.trim(), success: "Le lot est annulé." }, { onSuccess: () => setOpen(false) })
  }
  return (
    <>
      <Button size="small" variant="danger" onClick={() => setOpen(true)}>
        Annuler le lot
      </Button>
      <Prompt open={open} onOpenChange={setOpen} variant="danger">
        <Prompt.Content>
          <form onSubmit={submit}>
            <Prompt.Header>
              <Prompt.Title>Annuler ce lot ?</Prompt.Title>
              <Prompt.Description>
                Les enchères s'arrêtent, l'offre en attente de paiement est retirée et la pièce revient en vente à son prix dans la boutique.
              </Prompt.Description>
            </Prompt.Header>
            <div className="flex flex-col gap-y-2 px-6 pb-2 pt-4">
              {action.error && (
                <Alert variant="error" dismissible={false}>
                  {action.error.message}
                </Alert>
              )}
              <Label htmlFor="cancel-reason" size="small" weight="plus">
                Motif
              </Label>
              <Textarea id="cancel-reason" value={reason} onChange={(event) => setReason(event.target.value)} rows={3} maxLength={2000} autoFocus />
            </div>
            <Prompt.Footer>
              <Prompt.Cancel type="button">Retour</Prompt.Cancel>
              <Button type="submit" size="small" variant="danger" disabled={!reason.trim()} isLoading={action.isPending}>
                Annuler le lot
              </Button>
            </Prompt.Footer>
          </form>
        </Prompt.Content>
      </Prompt>
    </>
  )
}

/**
 * Offers the lot to the next bidder once the winner's offer expired: the backend chooses the
 * bidder and says why when it cannot (an offer still open, nobody left), shown in a toast.
 */
export function SecondChance({ lot }: { lot: AuctionDetail }) {
  const action = useAuctionAction()
  const waiting = lot.offers.some((offer) => offer.status === "open" || offer.status === "paid")
  return (
    <Button
      size="small"
      variant="secondary"
      disabled={waiting}
      isLoading={action.isPending}
      title={waiting ? "L'offre en cours doit d'abord expirer." : undefined}
      onClick={() =>
        action.mutate(
          { kind: "second-chance", id: lot.id, success: "Le lot est proposé à l'enchérisseur suivant." },
          { onError: (error) => toast.error("La seconde chance n'a pas été proposée", { description: error.message }) },
        )
      }
    >
      Seconde chance
    </Button>
  )
}

