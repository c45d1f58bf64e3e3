import { readRepoFile } from "./files.js"

/**
 * The path prefixes nginx.conf sends to the backend upstream, read from its one
 * `location ~ ^/(store|admin|...)(/|$)` block, with a leading slash each (as Ingress paths).
 */
export function nginxBackendPaths(): string[] {
  const conf = readRepoFile("infra/compose/nginx.conf")
  const blocks = [...conf.matchAll(/location ~ \^\/\(([a-z|]+)\)\(\/\|\$\) \{\s*proxy_pass http:\/\/backend;/g)]
  if (blocks.length !== 1) throw new Error(`nginx.conf: expected one backend location, found ${blocks.length}`)
  return blocks[0][1].split("|").map((path) => `/${path}`)
}
