export * from "./locales"
export * from "./money"
export * from "./regions"
