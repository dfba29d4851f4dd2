import { bankAccountRoutes } from "./bank-account"
import { producerScope, requireOwner } from "../lib/scope"

/** GET/POST /producer/bank-account: where the producer is paid; only its owner may change it. */
export const { GET, POST } = bankAccountRoutes((req, write) => {
  const scope = producerScope(req)
  if (write) requireOwner(scope, "change where the producer is paid")
  return { account_type: "producer", account_id: scope.producer_id }
})
