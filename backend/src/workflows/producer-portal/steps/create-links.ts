import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { LinkDefinition } from "@medusajs/framework/types"

/** Links between modules; compensation dismisses them. (Like core's createRemoteLinkStep, tolerant of an empty list.) */
export const createLinksStep = createStep(
  "producer-portal-create-links",
  async (links: LinkDefinition[], { container }) => {
    if (!links.length) return new StepResponse([] as LinkDefinition[], [] as LinkDefinition[])
    await container.resolve(ContainerRegistrationKeys.LINK).create(links)
    return new StepResponse(links, links)
  },
  async (links, { container }) => {
    if (!links?.length) return
    await container.resolve(ContainerRegistrationKeys.LINK).dismiss(links)
  }
)
