import { readdirSync } from "node:fs"
import { join } from "node:path"
import { expect, it } from "vitest"
import { loadYamlDocuments, repoRoot } from "./files.js"

const yamlFiles = ["infra/compose", "infra/k8s"].flatMap((dir) =>
  readdirSync(join(repoRoot, dir))
    .filter((file) => file.endsWith(".yaml") || file.endsWith(".yml"))
    .map((file) => `${dir}/${file}`),
)

it("finds the deployment files", () => {
  expect(yamlFiles).toContain("infra/compose/compose.yaml")
  expect(yamlFiles).toContain("infra/k8s/kustomization.yaml")
})

it.each(yamlFiles)("%s is YAML without errors, warnings or duplicate keys", (file) => {
  expect(loadYamlDocuments(file).length).toBeGreaterThan(0)
})
