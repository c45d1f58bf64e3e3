import { existsSync } from "node:fs"
import { join } from "node:path"
import { describe, expect, it } from "vitest"
import { backendContract, contractProblems, storefrontContract } from "./env-contract.js"
import { k8sDir, k8sFiles, loadYaml, loadYamlDocuments } from "./files.js"
import { validateManifest } from "./k8s-models.js"
import { containerEnvNames, loadManifests, manifest, podSpec } from "./k8s-manifests.js"
import { nginxBackendPaths } from "./nginx-paths.js"

const manifests = loadManifests()
const deployments = manifests.filter((candidate) => candidate.kind === "Deployment")
const workloads = manifests.filter((candidate) => candidate.kind === "Deployment" || candidate.kind === "Job")
const backend = manifest(manifests, "Deployment", "tiwizi-backend")
const envOf = (workload: string, kind = "Deployment") => {
  const [container] = podSpec(manifest(manifests, kind, workload)).containers
  return Object.fromEntries((container.env ?? []).map((variable) => [variable.name, variable.value]))
}

describe("infra/k8s", () => {
  it.each(k8sFiles().filter((file) => file !== "kustomization.yaml"))("%s validates against Kubernetes' schema", (file) => {
    const documents = loadYamlDocuments(`infra/k8s/${file}`)
    expect(documents.length).toBeGreaterThan(0)
    for (const document of documents) validateManifest(document as object)
  })

  it("refuses a kind it does not know", () => {
    expect(() => validateManifest({ apiVersion: "apps/v1", kind: "StatefulSet" })).toThrow("unknown kind apps/v1/StatefulSet")
  })

  it("lists every manifest in kustomization.yaml, except the Secret template", () => {
    const kustomization = loadYaml("infra/k8s/kustomization.yaml") as { kind: string; namespace: string; resources: string[] }
    expect(kustomization.kind).toBe("Kustomization")
    expect(kustomization.namespace).toBe("tiwizi")
    for (const resource of kustomization.resources) expect(existsSync(join(k8sDir, resource)), resource).toBe(true)
    const expected = k8sFiles().filter((file) => file !== "kustomization.yaml" && file !== "secret.template.yaml")
    expect([...kustomization.resources].sort()).toEqual(expected)
  })

  it("puts every namespaced object in the tiwizi namespace", () => {
    for (const object of manifests.filter((candidate) => candidate.kind !== "Namespace")) {
      expect(object.metadata.namespace, `${object.kind} ${object.metadata.name}`).toBe("tiwizi")
    }
  })

  it.each(deployments.map((deployment) => deployment.metadata.name))("%s has probes, resources and a locked-down security context", (name) => {
    const spec = podSpec(manifest(manifests, "Deployment", name))
    expect(spec.securityContext?.runAsNonRoot).toBe(true)
    for (const container of spec.containers) {
      expect(container.readinessProbe, `${container.name} readinessProbe`).toBeDefined()
      expect(container.livenessProbe, `${container.name} livenessProbe`).toBeDefined()
      expect(Object.keys(container.resources?.requests ?? {}).sort()).toEqual(["cpu", "memory"])
      expect(container.resources?.limits?.memory).toBeDefined()
      expect(container.securityContext?.readOnlyRootFilesystem).toBe(true)
      expect(container.securityContext?.allowPrivilegeEscalation).toBe(false)
    }
  })

  it("runs two backend servers, ready on /ready, alive on /health, drained before they stop", () => {
    expect((backend.spec as { replicas: number }).replicas).toBe(2)
    const spec = podSpec(backend)
    const [container] = spec.containers
    expect(envOf("tiwizi-backend").MEDUSA_WORKER_MODE).toBe("server")
    expect(container.readinessProbe?.httpGet?.path).toBe("/ready")
    expect(container.livenessProbe?.httpGet?.path).toBe("/health")
    expect(container.startupProbe?.httpGet?.path).toBe("/health")
    expect(container.lifecycle?.preStop?.exec?.command).toEqual(["sleep", "10"])
    expect(spec.terminationGracePeriodSeconds).toBeGreaterThan(10)
  })

  it("runs the worker from the backend image in worker mode, alive on /health", () => {
    const worker = manifest(manifests, "Deployment", "tiwizi-worker")
    const [container] = podSpec(worker).containers
    expect(container.image).toBe(podSpec(backend).containers[0].image)
    expect(envOf("tiwizi-worker").MEDUSA_WORKER_MODE).toBe("worker")
    expect(container.livenessProbe?.httpGet?.path).toBe("/health")
  })

  it("migrates with a Job of the backend image", () => {
    const [container] = podSpec(manifest(manifests, "Job", "tiwizi-migrate")).containers
    expect(container.image).toBe(podSpec(backend).containers[0].image)
    expect(container.command).toEqual(["npx", "medusa", "db:migrate"])
  })

  it.each(["tiwizi-backend", "tiwizi-worker", "tiwizi-migrate"])("gives %s the backend's environment contract, and only its variables", (name) => {
    const workload = workloads.find((candidate) => candidate.metadata.name === name)
    if (!workload) throw new Error(`no workload ${name}`)
    const [container] = podSpec(workload).containers
    expect(contractProblems(containerEnvNames(container, manifests), backendContract)).toEqual({ missing: [], unknown: [] })
  })

  it("gives the storefront its environment contract, and only its variables", () => {
    const [container] = podSpec(manifest(manifests, "Deployment", "tiwizi-storefront")).containers
    expect(contractProblems(containerEnvNames(container, manifests), storefrontContract)).toEqual({ missing: [], unknown: [] })
  })

  it.each(["tiwizi-backend", "tiwizi-storefront"])("autoscales %s on 70 %% CPU", (name) => {
    const hpa = manifest(manifests, "HorizontalPodAutoscaler", name).spec as {
      scaleTargetRef: { kind: string; name: string }
      minReplicas: number
      metrics: { resource: { name: string; target: { averageUtilization: number } } }[]
    }
    expect(hpa.scaleTargetRef).toMatchObject({ kind: "Deployment", name })
    expect(hpa.minReplicas).toBeGreaterThanOrEqual(2)
    expect(hpa.metrics).toEqual([expect.objectContaining({ resource: { name: "cpu", target: expect.objectContaining({ averageUtilization: 70 }) } })])
  })

  it("keeps a backend server up during voluntary disruptions", () => {
    const pdb = manifest(manifests, "PodDisruptionBudget", "tiwizi-backend").spec as { selector: { matchLabels: Record<string, string> } }
    const labels = (backend.spec as { template: { metadata: { labels: Record<string, string> } } }).template.metadata.labels
    expect(labels).toMatchObject(pdb.selector.matchLabels)
  })

  it("routes the same backend paths as the compose proxy, and the rest to the storefront", () => {
    const ingress = manifest(manifests, "Ingress", "tiwizi").spec as {
      rules: { http: { paths: { path: string; pathType: string; backend: { service: { name: string } } }[] } }[]
    }
    const paths = ingress.rules.flatMap((rule) => rule.http.paths)
    const to = (service: string) => paths.filter((path) => path.backend.service.name === service).map((path) => path.path)
    expect(to("tiwizi-backend").sort()).toEqual(nginxBackendPaths().sort())
    expect(to("tiwizi-storefront")).toEqual(["/"])
    for (const path of paths) expect(path.pathType).toBe("Prefix")
  })

  it("leaves placeholders in the Secret template that the backend refuses", () => {
    const secret = manifest(manifests, "Secret", "tiwizi-backend-secrets").stringData ?? {}
    for (const name of ["JWT_SECRET", "COOKIE_SECRET"]) {
      expect(secret[name]).toContain("REPLACE_ME")
      expect(secret[name].length).toBeLessThan(32)
    }
  })
})
