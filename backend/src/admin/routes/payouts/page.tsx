import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Cash } from "@medusajs/icons"
import { Button, Container, Heading, Table, Text } from "@medusajs/ui"
import { useState } from "react"
import { Link } from "react-router-dom"
import { EmptyState } from "../../components/empty-state"
import { PayoutDrawer } from "../../components/marketplace/payout-drawer"
import { StatementDownload } from "../../components/marketplace/statement-download"
import { formatMoney } from "../../lib/marketplace/labels"
import type { CooperativeBalance } from "../../lib/marketplace/types"
import { useBalances } from "../../lib/marketplace/use-balances"
import { useErrorToast } from "../../lib/use-error-toast"

/**
 * "Versements": what Tiwizi owes each cooperative (its deliveries less commission and refunds,
 * less what was already paid out), per currency, with the form to record a bank transfer and
 * each cooperative's monthly statement. A negative balance is what a cooperative owes back.
 */
const PayoutsPage = () => {
  const { data: balances, isPending, error } = useBalances()
  useErrorToast(error, "Impossible de charger les soldes")
  const [paying, setPaying] = useState<CooperativeBalance | null>(null)

  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h1">Versements</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          Ce que Tiwizi doit à chaque coopérative : ses ventes livrées, moins la commission, les remboursements et les versements déjà faits.
        </Text>
      </div>
      {isPending && (
        <div className="px-6 py-4">
          <Text size="small" className="text-ui-fg-subtle">
            Chargement des soldes…
          </Text>
        </div>
      )}
      {error && !balances && <EmptyState title="Les soldes n'ont pas pu être chargés.">Réessayez dans un instant ; le détail de l'erreur est affiché en bas de l'écran.</EmptyState>}
      {balances && !balances.length && (
        <EmptyState title="Aucun solde à verser.">Une coopérative a un solde dès qu'une de ses commandes est livrée.</EmptyState>
      )}
      {balances && balances.length > 0 && (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>Coopérative</Table.HeaderCell>
              <Table.HeaderCell>Solde dû</Table.HeaderCell>
              <Table.HeaderCell>Relevé mensuel</Table.HeaderCell>
              <Table.HeaderCell className="text-right">Versement</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {balances.map((row) => (
              <Table.Row key={`${row.cooperative_id}-${row.currency_code}`}>
                <Table.Cell>
                  <Link to={`/cooperatives/${row.cooperative_id}`} className="txt-compact-small-plus text-ui-fg-base hover:underline">
                    {row.cooperative_name ?? row.cooperative_id}
                  </Link>
                </Table.Cell>
                <Table.Cell>
                  <span className={row.balance < 0 ? "text-ui-fg-error" : undefined}>{formatMoney(row.balance, row.currency_code)}</span>
                  {row.balance < 0 && <span className="txt-compact-small text-ui-fg-subtle"> (à récupérer)</span>}
                </Table.Cell>
                <Table.Cell>
                  <div className="py-2">
                    <StatementDownload cooperativeId={row.cooperative_id} handle={row.cooperative_handle} />
                  </div>
                </Table.Cell>
                <Table.Cell className="text-right">
                  {row.balance > 0 && (
                    <Button size="small" variant="secondary" onClick={() => setPaying(row)}>
                      Enregistrer un versement
                    </Button>
                  )}
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
      <PayoutDrawer balance={paying} onClose={() => setPaying(null)} />
    </Container>
  )
}

export const config = defineRouteConfig({ label: "Versements", icon: Cash, rank: 4 })

export const handle = { breadcrumb: () => "Versements" }

export default PayoutsPage
