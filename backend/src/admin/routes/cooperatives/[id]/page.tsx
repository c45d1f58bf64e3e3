import { Alert, Badge, Container, Heading, Table, Text } from "@medusajs/ui"
import { Link, useParams, type UIMatch } from "react-router-dom"
import { CooperativeActions } from "../../../components/cooperative-actions"
import { CooperativeStatusBadge } from "../../../components/cooperative-status-badge"
import { DetailRows } from "../../../components/detail-rows"
import { EmptyState } from "../../../components/empty-state"
import { FigureTile } from "../../../components/figure-tile"
import { ListingStateBadge } from "../../../components/listing-state-badge"
import { cooperativeStatusLabels, formatDate, listingStateLabels, roleLabels } from "../../../lib/labels"
import type { CooperativeDetail } from "../../../lib/types"
import { useCooperative } from "../../../lib/use-cooperatives"
import { useErrorToast } from "../../../lib/use-error-toast"

function DecisionNote({ cooperative }: { cooperative: CooperativeDetail }) {
  if (!cooperative.status_decided_at) return null
  const user = cooperative.status_decided_by_user
  const who = user ? [user.first_name, user.last_name].filter(Boolean).join(" ") || user.email : "un membre de l'équipe"
  const text = `${cooperativeStatusLabels[cooperative.status].label} le ${formatDate(cooperative.status_decided_at)} par ${who}.`
  if (!cooperative.status_reason) {
    return (
      <Text size="small" className="text-ui-fg-subtle px-6 py-3">
        {text}
      </Text>
    )
  }
  return (
    <div className="px-6 py-4">
      <Alert variant={cooperative.status === "suspended" ? "error" : "warning"}>
        {text} Motif : {cooperative.status_reason}
      </Alert>
    </div>
  )
}

function Figures({ cooperative }: { cooperative: CooperativeDetail }) {
  const { figures } = cooperative
  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h2">Chiffres</Heading>
      </div>
      <div className="grid grid-cols-2 gap-3 px-6 py-4">
        <FigureTile value={figures.members} label="membres" />
        <FigureTile value={`${figures.women_share} %`} label={`de femmes (${figures.women_members})`} />
        <FigureTile value={figures.products_by_state.live} label={`produits en ligne sur ${figures.products}`} />
        <FigureTile value={figures.products_by_state.in_review + figures.pending_changes} label="demandes en revue" />
      </div>
    </Container>
  )
}

function Dossier({ cooperative }: { cooperative: CooperativeDetail }) {
  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h2">Dossier</Heading>
      </div>
      <DetailRows
        rows={[
          ["N° ODCO", cooperative.odco_number],
          ["Registre national de l'artisanat", cooperative.artisan_registry_number],
          ["Fondée en", cooperative.founded_year],
          ["Dirigée par des femmes", cooperative.women_led ? "Oui" : "Non"],
          ["Milieu rural", cooperative.rural ? "Oui" : "Non"],
          ["Téléphone", cooperative.phone],
          ["E-mail", cooperative.email],
          ["RIB (versements)", cooperative.bank_rib],
          ["Demande déposée le", formatDate(cooperative.created_at)],
          ["Histoire", cooperative.story],
        ]}
      />
    </Container>
  )
}

function Members({ cooperative }: { cooperative: CooperativeDetail }) {
  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h2">Membres du portail</Heading>
      </div>
      {cooperative.members.length ? (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>Nom</Table.HeaderCell>
              <Table.HeaderCell>E-mail</Table.HeaderCell>
              <Table.HeaderCell>Téléphone</Table.HeaderCell>
              <Table.HeaderCell>Rôle</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {cooperative.members.map((member) => (
              <Table.Row key={member.id}>
                <Table.Cell>
                  {member.first_name} {member.last_name}
                </Table.Cell>
                <Table.Cell>{member.email}</Table.Cell>
                <Table.Cell>{member.phone ?? "—"}</Table.Cell>
                <Table.Cell>{roleLabels[member.role]}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      ) : (
        <EmptyState title="Aucun membre n'a encore de compte.">Le propriétaire invite les membres depuis le portail des coopératives.</EmptyState>
      )}
    </Container>
  )
}

function Products({ cooperative }: { cooperative: CooperativeDetail }) {
  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between px-6 py-4">
        <Heading level="h2">Produits</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          {Object.entries(cooperative.figures.products_by_state)
            .filter(([, count]) => count > 0)
            .map(([state, count]) => `${count} ${listingStateLabels[state as keyof typeof listingStateLabels].label.toLowerCase()}`)
            .join(" · ")}
        </Text>
      </div>
      {cooperative.status === "suspended" && cooperative.products.length > 0 && (
        <Text size="small" className="text-ui-fg-subtle px-6 py-3">
          La coopérative est suspendue : ses produits sont retirés de la boutique jusqu'à sa réintégration, quel que soit l'état de leur annonce.
        </Text>
      )}
      {cooperative.products.length ? (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>Produit</Table.HeaderCell>
              <Table.HeaderCell>Annonce</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {cooperative.products.map((product) => (
              <Table.Row key={product.id}>
                <Table.Cell>
                  <Link to={`/products/${product.id}`} className="flex items-center gap-x-3 py-2 hover:underline">
                    {product.thumbnail ? (
                      <img src={product.thumbnail} alt="" className="h-8 w-8 rounded border object-cover" />
                    ) : (
                      <span className="bg-ui-bg-subtle h-8 w-8 rounded border" />
                    )}
                    {product.title}
                  </Link>
                </Table.Cell>
                <Table.Cell>
                  <div className="flex items-center gap-x-2">
                    <ListingStateBadge state={product.listing_state} />
                    {product.pending_change && (
                      <Badge size="2xsmall" color="purple">
                        Modification en revue
                      </Badge>
                    )}
                  </div>
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      ) : (
        <EmptyState title="Aucun produit pour l'instant.">
          {cooperative.status === "approved" ? "Les produits que la coopérative crée depuis le portail apparaîtront ici." : "Une coopérative publie ses produits une fois approuvée."}
        </EmptyState>
      )}
    </Container>
  )
}

/**
 * A cooperative's page: who it is, the last decision and its reason, the figures staff weigh,
 * its members and its products, and the decisions its status allows.
 */
const CooperativePage = () => {
  const { id } = useParams()
  const { data: cooperative, isPending, error } = useCooperative(id!)
  useErrorToast(error, "Impossible de charger la coopérative")

  if (isPending) {
    return (
      <Container>
        <Text size="small" className="text-ui-fg-subtle">
          Chargement de la coopérative…
        </Text>
      </Container>
    )
  }
  if (!cooperative) {
    return (
      <Container>
        <EmptyState title="Cette coopérative n'a pas pu être affichée.">
          Elle n'existe pas ou plus, ou le serveur n'a pas répondu. <Link to="/cooperatives" className="text-ui-fg-interactive">Retour à la liste</Link>
        </EmptyState>
      </Container>
    )
  }

  return (
    <div className="flex flex-col gap-y-3">
      <Container className="divide-y p-0">
        <div className="flex flex-wrap items-start justify-between gap-4 px-6 py-4">
          <div className="flex flex-col gap-y-1">
            <div className="flex items-center gap-x-2">
              <Heading level="h1">{cooperative.name}</Heading>
              <CooperativeStatusBadge status={cooperative.status} />
            </div>
            <Text size="small" className="text-ui-fg-subtle">
              {cooperative.legal_name} · {cooperative.commune}, {cooperative.province} ({cooperative.region})
            </Text>
          </div>
          <CooperativeActions cooperative={cooperative} />
        </div>
        <DecisionNote cooperative={cooperative} />
      </Container>
      <div className="grid grid-cols-1 items-start gap-3 xl:grid-cols-[minmax(0,1fr)_440px]">
        <div className="flex flex-col gap-y-3">
          <Products cooperative={cooperative} />
          <Members cooperative={cooperative} />
        </div>
        <div className="flex flex-col gap-y-3">
          <Figures cooperative={cooperative} />
          <Dossier cooperative={cooperative} />
        </div>
      </div>
    </div>
  )
}

/** The breadcrumb names the cooperative, from the page's own query (cached, so no second request). */
function CooperativeBreadcrumb({ id }: { id: string }) {
  const { data } = useCooperative(id)
  return <>{data?.name ?? "Coopérative"}</>
}

export const handle = {
  breadcrumb: (match: UIMatch) => <CooperativeBreadcrumb id={(match.params as { id: string }).id} />,
}

export default CooperativePage
