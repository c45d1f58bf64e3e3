import { readRepoFile } from "./files.js"

/** The build arguments a Dockerfile declares (`ARG NAME` or `ARG NAME=default`). */
export function dockerfileArgs(path: string): string[] {
  return [...readRepoFile(path).matchAll(/^ARG ([A-Za-z0-9_]+)/gm)].map(([, name]) => name)
}
