import { Alert, Button, Drawer, Input, Label, Select, Switch, Text } from "@medusajs/ui"
import { type FormEvent, type ReactNode, useEffect, useState } from "react"
import { fromCasablancaInput, nextMarketEvening, toCasablancaInput } from "../lib/auction-schedule"
import { useAuctionAction, useEligibleProducts } from "../lib/use-auctions"

type Form = {
  product_id: string
  starts_at: string
  ends_at: string
  starting_price: string
  reserve_price: string
  soft_close_minutes: string
  payment_days: string
  allow_cash_on_delivery: boolean
}

const emptyForm = (): Form => ({
  product_id: "",
  starts_at: toCasablancaInput(new Date()),
  ends_at: toCasablancaInput(nextMarketEvening(5)),
  starting_price: "",
  reserve_price: "",
  soft_close_minutes: "5",
  payment_days: "3",
  allow_cash_on_delivery: true,
})

function Field({ id, label, hint, children }: { id: string; label: string; hint?: string; children: ReactNode }) {
  return (
    <div className="flex flex-col gap-y-2">
      <Label htmlFor={id} size="small" weight="plus">
        {label}
      </Label>
      {children}
      {hint && (
        <Text size="xsmall" className="text-ui-fg-subtle">
          {hint}
        </Text>
      )}
    </div>
  )
}

/**
 * The new lot form: a live one-of-a-kind product held by no lot, its times in Moroccan time
 * (presets for the Friday and Saturday market evenings), its prices in whole dirhams. The
 * backend's refusal stays above the form until staff change it.
 */
export function NewLotDrawer({ open, onClose }: { open: boolean; onClose: (createdId?: string) => void }) {
  const action = useAuctionAction()
  const { data: products, isPending } = useEligibleProducts(open)
  const [form, setForm] = useState<Form>(emptyForm)
  const [search, setSearch] = useState("")
  useEffect(() => {
    if (!open) return
    setForm(emptyForm())
    setSearch("")
    action.reset()
  }, [open])
  const set = (changes: Partial<Form>) => setForm((current) => ({ ...current, ...changes }))
  const shown = (products ?? []).filter((product) =>
    `${product.title} ${product.cooperative?.name ?? ""}`.toLowerCase().includes(search.trim().toLowerCase()),
  )
  const start = Number(form.starting_price)
  const reserve = form.reserve_price === "" ? null : Number(form.reserve_price)
  const problems = [
    !form.product_id && "Choisissez un produit.",
    !(Number.isInteger(start) && start >= 1) && "Le prix de départ est un nombre entier de dirhams.",
    reserve !== null && !(Number.isInteger(reserve) && reserve >= start) && "Le prix de réserve est un nombre entier, au moins égal au prix de départ.",
    form.ends_at <= form.starts_at && "La fin doit venir après le début.",
  ].filter((problem): problem is string => !!problem)

  const submit = (event: FormEvent) => {
    event.preventDefault()
    if (problems.length || action.isPending) return
    const title = products?.find((product) => product.id === form.product_id)?.title ?? "Le lot"
    action.mutate(
      {
        kind: "create",
        body: {
          product_id: form.product_id,
          starts_at: fromCasablancaInput(form.starts_at).toISOString(),
          ends_at: fromCasablancaInput(form.ends_at).toISOString(),
          starting_price: start,
          reserve_price: reserve,
          soft_close_minutes: Number(form.soft_close_minutes),
          payment_days: Number(form.payment_days),
          allow_cash_on_delivery: form.allow_cash_on_delivery,
        },
        success: `${title} est mis aux enchères.`,
      },
      { onSuccess: (data) => onClose(data.auction.id) },
    )
  }

  return (
    <Drawer open={open} onOpenChange={(next) => !next && onClose()}>
      <Drawer.Content>
        <form onSubmit={submit} className="flex h-full flex-col">
          <Drawer.Header>
            <Drawer.Title>Nouveau lot</Drawer.Title>
            <Drawer.Description>Une pièce unique en ligne, vendue aux enchères en dirhams. Les heures sont celles du Maroc.</Drawer.Description>
          </Drawer.Header>
          <Drawer.Body className="flex flex-col gap-y-4 overflow-y-auto">
            {action.error && (
              <Alert variant="error" dismissible={false}>
                Le lot n'a pas été créé : {action.error.message}
              </Alert>
            )}
            <Field id="lot-product" label="Produit" hint="Pièces uniques en ligne et en stock, qu'aucun lot ne tient déjà.">
              <Input size="small" type="search" aria-label="Rechercher un produit" placeholder="Titre ou coopérative" value={search} onChange={(event) => setSearch(event.target.value)} />
              <Select value={form.product_id} onValueChange={(product_id) => set({ product_id })} size="small">
                <Select.Trigger id="lot-product">
                  <Select.Value placeholder={isPending ? "Chargement des produits…" : `${shown.length} produit${shown.length > 1 ? "s" : ""}`} />
                </Select.Trigger>
                <Select.Content>
                  {shown.map((product) => (
                    <Select.Item key={product.id} value={product.id}>
                      {product.title}
                      {product.cooperative ? ` · ${product.cooperative.name}` : ""}
                    </Select.Item>
                  ))}
                </Select.Content>
              </Select>
            </Field>
            <Field id="lot-starts" label="Début">
              <Input id="lot-starts" type="datetime-local" size="small" required value={form.starts_at} onChange={(event) => set({ starts_at: event.target.value })} />
            </Field>
            <Field id="lot-ends" label="Fin" hint="Une enchère dans les dernières minutes repousse la fin d'autant (voir ci-dessous).">
              <Input id="lot-ends" type="datetime-local" size="small" required value={form.ends_at} onChange={(event) => set({ ends_at: event.target.value })} />
              <div className="flex gap-x-2">
                <Button type="button" size="small" variant="secondary" onClick={() => set({ ends_at: toCasablancaInput(nextMarketEvening(5)) })}>
                  Vendredi prochain, 20 h
                </Button>
                <Button type="button" size="small" variant="secondary" onClick={() => set({ ends_at: toCasablancaInput(nextMarketEvening(6)) })}>
                  Samedi prochain, 20 h
                </Button>
              </div>
            </Field>
            <Field id="lot-start-price" label="Prix de départ (MAD)">
              <Input id="lot-start-price" type="number" inputMode="numeric" min="1" step="1" required size="small" value={form.starting_price} onChange={(event) => set({ starting_price: event.target.value })} />
            </Field>
            <Field id="lot-reserve" label="Prix de réserve (MAD, facultatif)" hint="Jamais montré aux clients ; en dessous, le lot n'est pas vendu.">
              <Input id="lot-reserve" type="number" inputMode="numeric" min="1" step="1" size="small" value={form.reserve_price} onChange={(event) => set({ reserve_price: event.target.value })} />
            </Field>
            <div className="grid grid-cols-2 gap-x-4">
              <Field id="lot-soft-close" label="Prolongation (minutes)">
                <Input id="lot-soft-close" type="number" min="0" max="60" step="1" size="small" value={form.soft_close_minutes} onChange={(event) => set({ soft_close_minutes: event.target.value })} />
              </Field>
              <Field id="lot-payment-days" label="Délai de paiement (jours)">
                <Input id="lot-payment-days" type="number" min="1" max="30" step="1" size="small" value={form.payment_days} onChange={(event) => set({ payment_days: event.target.value })} />
              </Field>
            </div>
            <div className="flex items-center gap-x-2">
              <Switch id="lot-cod" checked={form.allow_cash_on_delivery} onCheckedChange={(allow_cash_on_delivery) => set({ allow_cash_on_delivery })} />
              <Label htmlFor="lot-cod" size="small">
                Paiement à la livraison accepté (sinon carte uniquement)
              </Label>
            </div>
            {problems.length > 0 && (
              <Text size="small" className="text-ui-fg-subtle">
                {problems.join(" ")}
              </Text>
            )}
          </Drawer.Body>
          <Drawer.Footer>
            <Drawer.Close asChild>
              <Button type="button" size="small" variant="secondary">
                Annuler
              </Button>
            </Drawer.Close>
            <Button type="submit" size="small" isLoading={action.isPending} disabled={problems.length > 0}>
              Mettre aux enchères
            </Button>
          </Drawer.Footer>
        </form>
      </Drawer.Content>
    </Drawer>
  )
}
