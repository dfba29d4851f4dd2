import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { seedFoundation } from "./seed/foundation"

/** `npm run seed`: the development data. Safe to run again: it reuses what exists. */
export default async function seed({ container }: ExecArgs) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  await seedFoundation(container)
  logger.info("Seed finished")
}
