import { Text } from "@medusajs/ui"
import type { ReactNode } from "react"

/** A details section's label/value rows, as Medusa's own detail pages lay them out. */
export function DetailRows({ rows }: { rows: [label: string, value: ReactNode][] }) {
  return (
    <>
      {rows.map(([label, value]) => (
        <div key={label} className="text-ui-fg-subtle grid grid-cols-2 items-start px-6 py-3">
          <Text size="small" weight="plus" leading="compact">
            {label}
          </Text>
          <div className="txt-small whitespace-pre-wrap break-words">{value ?? "—"}</div>
        </div>
      ))}
    </>
  )
}
