import { Button } from "@medusajs/ui"
import { useState } from "react"
import type { CooperativeDetail, CooperativeStatus } from "../lib/types"
import { useDecision } from "../lib/use-decision"
import { DecisionDialog } from "./decision-dialog"

type Action = "approve" | "reject" | "suspend" | "reinstate"

type Words = { button: string; title: string; description: string; confirm: string; success: string; reason: boolean; danger: boolean }

/** What staff may do from each status, as the cooperative module's status machine allows. */
const actionsByStatus: Record<CooperativeStatus, Action[]> = {
  pending: ["reject", "approve"],
  approved: ["suspend"],
  suspended: ["reinstate"],
  rejected: [],
}

function wordsFor(action: Action, name: string): Words {
  switch (action) {
    case "approve":
      return {
        button: "Approuver",
        title: `Approuver ${name} ?`,
        description: "La coopérative pourra publier ses produits ; chacun passera par la revue des annonces.",
        confirm: "Approuver",
        success: `${name} est approuvée.`,
        reason: false,
        danger: false,
      }
    case "reject":
      return {
        button: "Refuser",
        title: `Refuser la demande de ${name} ?`,
        description: "La coopérative verra votre motif et pourra déposer une demande corrigée.",
        confirm: "Refuser la demande",
        success: `La demande de ${name} est refusée.`,
        reason: true,
        danger: true,
      }
    case "suspend":
      return {
        button: "Suspendre",
        title: `Suspendre ${name} ?`,
        description: "Ses produits disparaissent aussitôt de la boutique, jusqu'à sa réintégration. La coopérative verra votre motif.",
        confirm: "Suspendre",
        success: `${name} est suspendue ; ses produits sont retirés de la boutique.`,
        reason: true,
        danger: true,
      }
    case "reinstate":
      return {
        button: "Réintégrer",
        title: `Réintégrer ${name} ?`,
        description: "Les produits retirés lors de la suspension reviennent dans la boutique.",
        confirm: "Réintégrer",
        success: `${name} est réintégrée ; ses produits sont de retour dans la boutique.`,
        reason: false,
        danger: false,
      }
  }
}

/** The decisions staff may take on a cooperative in its current status, each confirmed in a dialog. */
export function CooperativeActions({ cooperative }: { cooperative: CooperativeDetail }) {
  const [open, setOpen] = useState<Action | null>(null)
  const decision = useDecision()
  const actions = actionsByStatus[cooperative.status]
  if (!actions.length) return null
  const words = open && wordsFor(open, cooperative.name)
  return (
    <div className="flex items-center gap-x-2">
      {actions.map((action) => {
        const { button, danger } = wordsFor(action, cooperative.name)
        return (
          <Button key={action} size="small" variant={danger ? "secondary" : "primary"} onClick={() => setOpen(action)}>
            {button}
          </Button>
        )
      })}
      <DecisionDialog
        open={!!open}
        onOpenChange={(next) => !next && setOpen(null)}
        title={words ? words.title : ""}
        description={words ? words.description : ""}
        confirmLabel={words ? words.confirm : ""}
        askReason={!!words && words.reason}
        danger={!!words && words.danger}
        pending={decision.isPending}
        onConfirm={(reason) =>
          open &&
          words &&
          decision.mutate({ path: `/admin/cooperatives/${cooperative.id}/${open}`, reason, success: words.success }, { onSuccess: () => setOpen(null) })
        }
      />
    </div>
  )
}
