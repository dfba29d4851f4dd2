import { completeCartWorkflow } from "@medusajs/medusa/core-flows"
import { assertCodFitsCart } from "../cod-rules"

// Medusa allows ONE handler per workflow hook: if another feature needs completeCartWorkflow's
// `validate` hook, call its check from here (or move this call there) instead of registering
// a second handler, which stops the server at start-up.
completeCartWorkflow.hooks.validate(async ({ cart }) => {
  assertCodFitsCart(cart as Parameters<typeof assertCodFitsCart>[0])
})
