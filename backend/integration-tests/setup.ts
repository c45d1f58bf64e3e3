import { register } from "ts-node"

// Medusa require()s medusa-config.ts and src/ at run time, outside vite's transform. Plain
// TypeScript transpilation, not SWC: SWC's native binding crashes (SIGSEGV) once a third
// vitest worker thread loads it.
register({ transpileOnly: true, swc: false })
