import { Deployment } from "kubernetes-models/apps/v1"
import { HorizontalPodAutoscaler } from "kubernetes-models/autoscaling/v2"
import { Job } from "kubernetes-models/batch/v1"
import { Ingress } from "kubernetes-models/networking.k8s.io/v1"
import { PodDisruptionBudget } from "kubernetes-models/policy/v1"
import { ConfigMap, Namespace, Secret, Service } from "kubernetes-models/v1"

type Model = { validate(): void }

/** The kinds the manifests may use, by `apiVersion/kind`. Anything else is refused. */
const models: Record<string, new (data: never) => Model> = {
  "v1/Namespace": Namespace,
  "v1/ConfigMap": ConfigMap,
  "v1/Secret": Secret,
  "v1/Service": Service,
  "apps/v1/Deployment": Deployment,
  "batch/v1/Job": Job,
  "autoscaling/v2/HorizontalPodAutoscaler": HorizontalPodAutoscaler,
  "networking.k8s.io/v1/Ingress": Ingress,
  "policy/v1/PodDisruptionBudget": PodDisruptionBudget,
}

/**
 * Validates one manifest against Kubernetes' OpenAPI schema (through `kubernetes-models`);
 * throws for an unknown apiVersion/kind or a manifest the schema refuses.
 */
export function validateManifest(manifest: { apiVersion?: unknown; kind?: unknown }): void {
  const key = `${String(manifest.apiVersion)}/${String(manifest.kind)}`
  const Model = models[key]
  if (!Model) throw new Error(`unknown kind ${key}`)
  new Model(manifest as never).validate()
}
