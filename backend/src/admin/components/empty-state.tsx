import { Text } from "@medusajs/ui"
import type { ReactNode } from "react"

/** What an empty list says: what would be here, and what to do about it. */
export function EmptyState({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <div className="flex flex-col items-center justify-center gap-y-2 px-6 py-12 text-center">
      <Text size="small" weight="plus" leading="compact">
        {title}
      </Text>
      {children && (
        <Text size="small" className="text-ui-fg-subtle max-w-[480px]">
          {children}
        </Text>
      )}
    </div>
  )
}
