import { loadYaml } from "./files.js"

export type ComposeService = {
  image?: string
  build?: { context: string; dockerfile: string; args?: Record<string, string> }
  command?: string[]
  environment?: Record<string, string>
  depends_on?: Record<string, { condition: string }>
  healthcheck?: { test: string[] }
  restart?: string
  ports?: string[]
}

export type ComposeFile = { services: Record<string, ComposeService>; volumes?: Record<string, unknown> }

export const composePath = "infra/compose/compose.yaml"

/** infra/compose/compose.yaml, parsed as Compose reads it (merge keys resolved). */
export function loadCompose(): ComposeFile {
  return loadYaml(composePath) as ComposeFile
}

/** The variables compose.yaml interpolates (`${NAME}`, `${NAME:-default}`, `${NAME:?error}`). */
export function interpolatedVariables(text: string): Map<string, { required: boolean }> {
  const variables = new Map<string, { required: boolean }>()
  for (const [, name, operator] of text.matchAll(/(?<!\$)\$\{([A-Z0-9_]+)(:?[-?])?/g)) {
    const required = operator === ":?" || variables.get(name)?.required === true
    variables.set(name, { required })
  }
  return variables
}
