export * from "./check-address"
export * from "./moroccan-cities"
