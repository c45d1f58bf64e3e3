import { clx, Text } from "@medusajs/ui"
import type { ReactNode } from "react"
import { categoryLabel, fieldLabels, languageLabels, provenanceLabels, provenanceValue } from "../lib/labels"
import type { CraftLabels, FieldChange, TranslatedText } from "../lib/types"
import { useCraftLabels } from "../lib/use-craft-labels"

type Variant = { title: string; sku: string | null; prices: Record<string, number>; stock: number }
type Row = [label: string, value: string]

function money(prices: Record<string, number>): string {
  return Object.entries(prices)
    .map(([currency, amount]) => `${amount.toLocaleString("fr-MA")} ${currency.toUpperCase()}`)
    .join(" · ")
}

/** Fields shown as label/value rows (one per language, provenance field or variant); null for the others. */
function rowsOf(field: FieldChange["field"], value: unknown, crafts: CraftLabels | undefined): Row[] | null {
  switch (field) {
    case "title":
    case "subtitle":
    case "description":
      return Object.entries((value ?? {}) as TranslatedText).map(([language, text]) => [
        languageLabels[language as keyof typeof languageLabels] ?? language,
        text ?? "",
      ])
    case "provenance":
      return Object.entries((value ?? {}) as Record<string, unknown>).map(([key, entry]) => [provenanceLabels[key] ?? key, provenanceValue(key, entry, crafts)])
    case "variants":
      return ((value ?? []) as Variant[]).map((variant) => [variant.title, `${money(variant.prices)} — stock ${variant.stock}`])
    default:
      return null
  }
}

/** Label/value rows; `changed` marks the rows that differ from the other side. */
function Rows({ rows, changed }: { rows: Row[]; changed?: Set<string> }) {
  if (!rows.length) return <Text size="small">—</Text>
  return (
    <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1">
      {rows.map(([label, value]) => (
        <div key={label} className={clx("contents", changed?.has(label) && "[&>dd]:bg-ui-tag-orange-bg [&>dd]:rounded [&>dd]:px-1")}>
          <dt className="txt-small text-ui-fg-subtle">{label}</dt>
          <dd className="txt-small whitespace-pre-wrap break-words" dir="auto">
            {value}
          </dd>
        </div>
      ))}
    </dl>
  )
}

function Images({ urls }: { urls: string[] }) {
  if (!urls.length) return <Text size="small">Aucune photo</Text>
  return (
    <div className="flex flex-wrap gap-2">
      {urls.map((url, index) => (
        <img key={url} src={url} alt={index === 0 ? "Photo principale" : `Photo ${index + 1}`} className="h-20 w-20 rounded-md border object-cover" />
      ))}
    </div>
  )
}

/** One side's value in the shape its field has; rows marked `changed` are highlighted. */
function Value({ field, value, crafts, changed }: { field: FieldChange["field"]; value: unknown; crafts: CraftLabels | undefined; changed?: Set<string> }) {
  if (value === null || value === undefined) return <Text size="small">—</Text>
  const rows = rowsOf(field, value, crafts)
  if (rows) return <Rows rows={rows} changed={changed} />
  if (field === "images") return <Images urls={value as string[]} />
  return <Text size="small">{categoryLabel(value, crafts)}</Text>
}

/** One side of a comparison, under its heading. */
function Side({ label, highlighted, children }: { label: string; highlighted: boolean; children: ReactNode }) {
  return (
    <div className={clx("flex min-w-0 flex-col gap-y-1 rounded-md p-3", highlighted ? "bg-ui-tag-orange-bg" : "bg-ui-bg-subtle")}>
      <Text size="xsmall" weight="plus" className="text-ui-fg-muted uppercase">
        {label}
      </Text>
      {children}
    </div>
  )
}

/**
 * A field of a listing before and after the change staff decide on, side by side: rows that
 * change are highlighted on the "after" side (a whole image list or category when it changes).
 * A new listing has nothing on sale yet, so it shows only what is proposed, one row per field.
 */
export function ChangeView({ change, isNew }: { change: FieldChange; isNew: boolean }) {
  const crafts = useCraftLabels()
  const label = fieldLabels[change.field]
  if (isNew) {
    return (
      <section className="grid grid-cols-1 gap-x-4 gap-y-1 px-6 py-3 md:grid-cols-[180px_1fr]" aria-label={label}>
        <Text size="small" weight="plus" leading="compact" className="text-ui-fg-subtle">
          {label}
        </Text>
        <div className="min-w-0">
          <Value field={change.field} value={change.after} crafts={crafts} />
        </div>
      </section>
    )
  }
  const before = new Map(rowsOf(change.field, change.before, crafts) ?? [])
  const afterRows = rowsOf(change.field, change.after, crafts)
  const changedRows = new Set((afterRows ?? []).filter(([row, value]) => before.get(row) !== value).map(([row]) => row))
  const wholeChanged = !afterRows && JSON.stringify(change.before) !== JSON.stringify(change.after)
  return (
    <section className="flex flex-col gap-y-2 px-6 py-4" aria-label={label}>
      <Text size="small" weight="plus" leading="compact">
        {label}
      </Text>
      <div className="grid grid-cols-1 gap-3 md:grid-cols-2">
        <Side label="Avant (en ligne)" highlighted={false}>
          <Value field={change.field} value={change.before} crafts={crafts} />
        </Side>
        <Side label="Après" highlighted={wholeChanged}>
          <Value field={change.field} value={change.after} crafts={crafts} changed={changedRows} />
        </Side>
      </div>
    </section>
  )
}
