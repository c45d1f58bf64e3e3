import type { SpecKey, SpecRow } from "@/lib/spec-table"

/** A product's specifications as a two-column table, labels already translated. */
export function ProductSpecs({ rows, title, labels }: { rows: SpecRow[]; title: string; labels: Record<SpecKey, string> }) {
  if (rows.length === 0) return null
  return (
    <section aria-labelledby="specs" className="rounded-2xl bg-wool p-5">
      <h2 id="specs" className="mb-3 font-semibold">
        {title}
      </h2>
      <table className="w-full text-sm">
        <tbody>
          {rows.map((row) => (
            <tr key={row.key} className="border-t border-clay/70 first:border-t-0">
              <th scope="row" className="py-2 pe-4 text-start align-top font-normal text-muted">
                {labels[row.key]}
              </th>
              <td className="py-2">
                <bdi>{row.value}</bdi>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  )
}
