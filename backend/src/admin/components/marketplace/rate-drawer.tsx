import { Alert, Button, Drawer, Input, Label, Select, Text } from "@medusajs/ui"
import { type FormEvent, useEffect, useState } from "react"
import { formatRate } from "../../lib/marketplace/labels"
import type { CommissionRate } from "../../lib/marketplace/types"
import { type RateChange, useCategoryOptions, useRateChange } from "../../lib/marketplace/use-commission-rates"
import { useCooperatives } from "../../lib/use-cooperatives"

const NONE = "none"

/** What the drawer edits: a new override, an existing rate's percentage, or the default rate (existing or not yet set). */
export type RateTarget = { kind: "new" } | { kind: "edit"; rate: CommissionRate } | { kind: "default"; rate: CommissionRate | null; current_bps: number }

function CooperativeField({ value, onChange }: { value: string; onChange: (id: string) => void }) {
  const [search, setSearch] = useState("")
  const [chosen, setChosen] = useState<{ id: string; name: string; province: string } | null>(null)
  const { data } = useCooperatives({ q: search.trim() || undefined, limit: 50, offset: 0 })
  // The chosen cooperative stays in the list when a new search no longer finds it, so the field keeps showing it.
  const options = [...(chosen && value === chosen.id && !data?.cooperatives.some((c) => c.id === chosen.id) ? [chosen] : []), ...(data?.cooperatives ?? [])]
  const choose = (id: string) => {
    setChosen(options.find((cooperative) => cooperative.id === id) ?? null)
    onChange(id)
  }
  return (
    <div className="flex flex-col gap-y-2">
      <Label htmlFor="rate-cooperative" size="small" weight="plus">
        Coopérative
      </Label>
      <Input size="small" type="search" aria-label="Rechercher une coopérative" placeholder="Rechercher par nom" value={search} onChange={(event) => setSearch(event.target.value)} />
      <Select value={value} onValueChange={choose} size="small">
        <Select.Trigger id="rate-cooperative">
          <Select.Value />
        </Select.Trigger>
        <Select.Content>
          <Select.Item value={NONE}>Toutes les coopératives</Select.Item>
          {options.map((cooperative) => (
            <Select.Item key={cooperative.id} value={cooperative.id}>
              {cooperative.name} ({cooperative.province})
            </Select.Item>
          ))}
        </Select.Content>
      </Select>
    </div>
  )
}

function CategoryField({ value, onChange }: { value: string; onChange: (id: string) => void }) {
  const { data: categories } = useCategoryOptions()
  return (
    <div className="flex flex-col gap-y-2">
      <Label htmlFor="rate-category" size="small" weight="plus">
        Catégorie
      </Label>
      <Select value={value} onValueChange={onChange} size="small">
        <Select.Trigger id="rate-category">
          <Select.Value />
        </Select.Trigger>
        <Select.Content>
          <Select.Item value={NONE}>Toutes les catégories</Select.Item>
          {categories?.map((category) => (
            <Select.Item key={category.id} value={category.id}>
              {category.name}
            </Select.Item>
          ))}
        </Select.Content>
      </Select>
      <Text size="xsmall" className="text-ui-fg-subtle">
        Un taux sur une catégorie vaut aussi pour ses sous-catégories qui n'ont pas le leur.
      </Text>
    </div>
  )
}

const titleOf = (target: RateTarget) =>
  target.kind === "new" ? "Ajouter un taux particulier" : target.kind === "default" ? "Taux par défaut" : "Modifier le taux"

function describe(rate: CommissionRate) {
  return [rate.cooperative_name ?? (rate.cooperative_id ? rate.cooperative_id : null), rate.category_name ?? rate.category_id].filter(Boolean).join(" · ")
}

/**
 * Adds a rate for a cooperative, a category or both, or changes a rate's percentage (what a rate
 * applies to is fixed: remove it and add another to change that). Staff type a percentage; the
 * API takes basis points. The backend's refusal (a pair that already has a rate) stays above the
 * form until staff change it.
 */
export function RateDrawer({ target, onClose }: { target: RateTarget | null; onClose: () => void }) {
  const change = useRateChange()
  const [percent, setPercent] = useState("")
  const [cooperative, setCooperative] = useState(NONE)
  const [category, setCategory] = useState(NONE)

  useEffect(() => {
    if (!target) return
    const bps = target.kind === "edit" ? target.rate.rate_bps : target.kind === "default" ? target.current_bps : null
    setPercent(bps === null ? "" : String(bps / 100))
    setCooperative(NONE)
    setCategory(NONE)
    change.reset()
  }, [target])

  if (!target) return null
  const bps = Math.round(Number(percent) * 100)
  const valid = percent !== "" && Number.isFinite(bps) && bps >= 0 && bps <= 5000
  const missingTarget = target.kind === "new" && cooperative === NONE && category === NONE

  const submit = (event: FormEvent) => {
    event.preventDefault()
    if (!valid || missingTarget || change.isPending) return
    const existing = target.kind === "edit" ? target.rate : target.kind === "default" ? target.rate : null
    const request: RateChange = existing
      ? { kind: "update", id: existing.id, rate_bps: bps, success: `Taux enregistré : ${formatRate(bps)}.` }
      : {
          kind: "create",
          body: { cooperative_id: cooperative === NONE ? null : cooperative, category_id: category === NONE ? null : category, rate_bps: bps },
          success: `Taux ajouté : ${formatRate(bps)}.`,
        }
    change.mutate(request, { onSuccess: onClose })
  }

  return (
    <Drawer open onOpenChange={(open) => !open && onClose()}>
      <Drawer.Content>
        <form onSubmit={submit} className="flex h-full flex-col">
          <Drawer.Header>
            <Drawer.Title>{titleOf(target)}</Drawer.Title>
            <Drawer.Description>
              {target.kind === "edit" ? describe(target.rate) : target.kind === "default" ? "Le taux de toute vente sans taux particulier." : "Pour une coopérative, une catégorie, ou une catégorie d'une coopérative."}
            </Drawer.Description>
          </Drawer.Header>
          <Drawer.Body className="flex flex-col gap-y-4 overflow-y-auto">
            {change.error && (
              <Alert variant="error" dismissible={false}>
                Le taux n'a pas été enregistré : {change.error.message}
              </Alert>
            )}
            {target.kind === "new" && (
              <>
                <CooperativeField value={cooperative} onChange={setCooperative} />
                <CategoryField value={category} onChange={setCategory} />
              </>
            )}
            <div className="flex flex-col gap-y-2">
              <Label htmlFor="rate-percent" size="small" weight="plus">
                Commission (%)
              </Label>
              <Input id="rate-percent" type="number" inputMode="decimal" step="0.01" min="0" max="50" required value={percent} onChange={(event) => setPercent(event.target.value)} />
              <Text size="xsmall" className="text-ui-fg-subtle">
                Entre 0 et 50 %. S'applique aux commandes passées à partir de maintenant : les commandes déjà passées gardent leur taux.
              </Text>
            </div>
          </Drawer.Body>
          <Drawer.Footer>
            <Drawer.Close asChild>
              <Button type="button" size="small" variant="secondary">
                Annuler
              </Button>
            </Drawer.Close>
            <Button type="submit" size="small" isLoading={change.isPending} disabled={!valid || missingTarget}>
              Enregistrer
            </Button>
          </Drawer.Footer>
        </form>
      </Drawer.Content>
    </Drawer>
  )
}
