import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { isProductionMode } from "../lib/production-mode"
import { reindexProducts } from "../search/lib/reindex"
import { markStoreSeeded, seedCatalog } from "./seed/catalog"
import { seedDemoProducerAccounts } from "./seed/demo-producers"
import { seedExperienceCapacities } from "./seed/experiences"
import { seedFoundation } from "./seed/foundation"
import { seedDemoHistory } from "./seed/history"
import { seedDemoPartner } from "./seed/partners"
import { seedDemoReviews } from "./seed/reviews"

/** `npm run seed`: the development data. Safe to run again: it reuses what exists. */
export default async function seed({ container }: ExecArgs) {
  // Its demo accounts have published passwords: never in production.
  if (isProductionMode(process.env)) {
    throw new Error("Refusing to run the development seed with NODE_ENV=production (it creates demo accounts).")
  }
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const refs = await seedFoundation(container)
  await seedCatalog(container, refs)
  await seedDemoProducerAccounts(container)
  await seedDemoPartner(container)
  await seedExperienceCapacities(container)
  // Delivered orders of the demo customer and their reviews (issue #18): ./seed/reviews.ts.
  await seedDemoReviews(container, refs)
  // A few months of orders of guest buyers, some through the demo partner (issue #19): ./seed/history.ts.
  await seedDemoHistory(container, refs)
  // A seeding process can exit with index events still in flight: rebuild once, completely.
  const { indexed } = await reindexProducts(container)
  logger.info(`Search index rebuilt: ${indexed} products`)
  // The start script seeds while this marker is missing.
  await markStoreSeeded(container)
  logger.info("Seed finished")
}
