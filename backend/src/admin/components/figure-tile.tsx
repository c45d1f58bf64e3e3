import { Text } from "@medusajs/ui"

/** One figure of a cooperative: a number staff decide on, with what it counts. */
export function FigureTile({ value, label }: { value: string | number; label: string }) {
  return (
    <div className="bg-ui-bg-subtle flex flex-col gap-y-1 rounded-md px-4 py-3">
      <span className="txt-xlarge-plus text-ui-fg-base">{value}</span>
      <Text size="xsmall" className="text-ui-fg-subtle">
        {label}
      </Text>
    </div>
  )
}
