import { Module } from "@medusajs/framework/utils"
import CooperativeOrderModuleService from "./service"

export const COOPERATIVE_ORDER_MODULE = "cooperativeOrder"

export default Module(COOPERATIVE_ORDER_MODULE, { service: CooperativeOrderModuleService })
