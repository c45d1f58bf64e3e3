import type { IContainer, IPodSpec } from "kubernetes-models/v1"
import { k8sFiles, loadYamlDocuments } from "./files.js"

export type Manifest = {
  file: string
  apiVersion: string
  kind: string
  metadata: { name: string; namespace?: string; labels?: Record<string, string> }
  spec?: Record<string, unknown>
  data?: Record<string, string>
  stringData?: Record<string, string>
}

/** Every document of infra/k8s/*.yaml but the kustomization, with the file it came from. */
export function loadManifests(): Manifest[] {
  return k8sFiles()
    .filter((file) => file !== "kustomization.yaml")
    .flatMap((file) => loadYamlDocuments(`infra/k8s/${file}`).map((document) => ({ ...(document as Omit<Manifest, "file">), file })))
}

/** The manifest of a kind and name; throws when it is missing. */
export function manifest(manifests: Manifest[], kind: string, name: string): Manifest {
  const found = manifests.find((candidate) => candidate.kind === kind && candidate.metadata.name === name)
  if (!found) throw new Error(`no ${kind} ${name} in infra/k8s`)
  return found
}

/** The pod spec of a Deployment or a Job. */
export function podSpec(workload: Manifest): IPodSpec {
  return (workload.spec as { template: { spec: IPodSpec } }).template.spec
}

/**
 * The variable names a container receives: its own `env` and the keys of the ConfigMaps and
 * Secrets it loads with `envFrom`, as the manifests define them.
 */
export function containerEnvNames(container: IContainer, manifests: Manifest[]): string[] {
  const fromSources = (container.envFrom ?? []).flatMap((source) => {
    const [kind, name] = source.configMapRef ? ["ConfigMap", source.configMapRef.name] : ["Secret", source.secretRef?.name]
    const found = manifest(manifests, kind, String(name))
    return Object.keys({ ...found.data, ...found.stringData })
  })
  return [...(container.env ?? []).map((variable) => variable.name), ...fromSources]
}
