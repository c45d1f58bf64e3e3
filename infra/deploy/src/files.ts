import { readdirSync, readFileSync } from "node:fs"
import { dirname, join, resolve } from "node:path"
import { fileURLToPath } from "node:url"
import { parseAllDocuments } from "yaml"

/** The repository's root, from this file's place in infra/deploy/src. */
export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "../../..")
export const composeDir = join(repoRoot, "infra/compose")
export const k8sDir = join(repoRoot, "infra/k8s")

/** A file of the repository, as text. */
export function readRepoFile(path: string): string {
  return readFileSync(join(repoRoot, path), "utf8")
}

/** The Kubernetes manifests, by file name (infra/k8s/*.yaml). */
export function k8sFiles(): string[] {
  return readdirSync(k8sDir)
    .filter((file) => file.endsWith(".yaml"))
    .sort()
}

/**
 * Every document of a YAML file as plain data, refusing what YAML parsers disagree on: syntax
 * errors, duplicate keys and warnings all throw, naming the file. Merge keys (`<<`) are on, as
 * in Docker Compose.
 */
export function loadYamlDocuments(path: string): unknown[] {
  const documents = parseAllDocuments(readRepoFile(path), { merge: true, prettyErrors: true })
  const problems = documents.flatMap((document) => [...document.errors, ...document.warnings])
  if (problems.length > 0) throw new Error(`${path}: ${problems.map((problem) => problem.message).join("\n")}`)
  return documents.map((document) => document.toJS())
}

/** The one document of a YAML file. */
export function loadYaml(path: string): unknown {
  const [document, ...rest] = loadYamlDocuments(path)
  if (rest.length > 0) throw new Error(`${path}: one document expected, found ${rest.length + 1}`)
  return document
}
