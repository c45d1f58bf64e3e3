import { Alert, Button, Drawer, Input, Label, Text, Textarea } from "@medusajs/ui"
import { type FormEvent, type ReactNode, useEffect, useState } from "react"
import { formatMoney, today } from "../../lib/marketplace/labels"
import type { CooperativeBalance } from "../../lib/marketplace/types"
import { useRecordPayout } from "../../lib/marketplace/use-balances"

function Field({ id, label, children }: { id: string; label: string; children: ReactNode }) {
  return (
    <div className="flex flex-col gap-y-2">
      <Label htmlFor={id} size="small" weight="plus">
        {label}
      </Label>
      {children}
    </div>
  )
}

/**
 * Records a bank transfer made to a cooperative, the amount starting at what it is owed. The
 * backend refuses an amount above the balance or a date in the future; its reason stays above
 * the form, with what was typed, until staff correct it.
 */
export function PayoutDrawer({ balance, onClose }: { balance: CooperativeBalance | null; onClose: () => void }) {
  const payout = useRecordPayout()
  const [amount, setAmount] = useState("")
  const [paidAt, setPaidAt] = useState(today())
  const [reference, setReference] = useState("")
  const [note, setNote] = useState("")

  useEffect(() => {
    if (!balance) return
    setAmount(String(balance.balance))
    setPaidAt(today())
    setReference("")
    setNote("")
    payout.reset()
  }, [balance])

  if (!balance) return null
  const name = balance.cooperative_name ?? balance.cooperative_id
  const submit = (event: FormEvent) => {
    event.preventDefault()
    if (payout.isPending) return
    payout.mutate(
      {
        cooperativeId: balance.cooperative_id,
        cooperativeName: name,
        payout: {
          currency_code: balance.currency_code,
          amount: Number(amount),
          paid_at: paidAt,
          bank_reference: reference.trim(),
          ...(note.trim() && { note: note.trim() }),
        },
      },
      { onSuccess: onClose },
    )
  }

  return (
    <Drawer open onOpenChange={(open) => !open && onClose()}>
      <Drawer.Content>
        <form onSubmit={submit} className="flex h-full flex-col">
          <Drawer.Header>
            <Drawer.Title>Enregistrer un versement</Drawer.Title>
            <Drawer.Description>
              {name} : {formatMoney(balance.balance, balance.currency_code)} dus à ce jour.
            </Drawer.Description>
          </Drawer.Header>
          <Drawer.Body className="flex flex-col gap-y-4 overflow-y-auto">
            {payout.error && (
              <Alert variant="error" dismissible={false}>
                Le versement n'a pas été enregistré : {payout.error.message}
              </Alert>
            )}
            <Field id="payout-amount" label={`Montant (${balance.currency_code.toUpperCase()})`}>
              <Input id="payout-amount" type="number" inputMode="decimal" step="0.01" min="0.01" required value={amount} onChange={(event) => setAmount(event.target.value)} />
            </Field>
            <Field id="payout-date" label="Date du virement">
              <Input id="payout-date" type="date" required max={today()} value={paidAt} onChange={(event) => setPaidAt(event.target.value)} />
            </Field>
            <Field id="payout-reference" label="Référence bancaire">
              <Input id="payout-reference" required maxLength={100} value={reference} onChange={(event) => setReference(event.target.value)} placeholder="Référence du virement sur le relevé de la banque" />
            </Field>
            <Field id="payout-note" label="Note (facultative)">
              <Textarea id="payout-note" rows={3} maxLength={500} value={note} onChange={(event) => setNote(event.target.value)} />
            </Field>
            <Text size="small" className="text-ui-fg-subtle">
              Le versement figure sur le relevé mensuel de la coopérative. Il ne peut pas dépasser ce qui lui est dû, et ne peut plus être modifié une fois enregistré.
            </Text>
          </Drawer.Body>
          <Drawer.Footer>
            <Drawer.Close asChild>
              <Button type="button" size="small" variant="secondary">
                Annuler
              </Button>
            </Drawer.Close>
            <Button type="submit" size="small" isLoading={payout.isPending} disabled={!amount || !paidAt || !reference.trim()}>
              Enregistrer le versement
            </Button>
          </Drawer.Footer>
        </form>
      </Drawer.Content>
    </Drawer>
  )
}
