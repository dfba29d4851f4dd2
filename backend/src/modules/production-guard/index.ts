import { Module } from "@medusajs/framework/utils"
import refuseDemoAccounts from "./loaders/refuse-demo-accounts"
import ProductionGuardService from "./service"

// Runs its loader whenever the application loads (server, worker, `medusa exec`), before it serves.
export default Module("productionGuard", { service: ProductionGuardService, loaders: [refuseDemoAccounts] })
