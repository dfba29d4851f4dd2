import { bankAccountRoutes } from "../../producer/bank-account/bank-account"
import { partnerScope } from "../lib/scope"

/** GET/POST /partner/bank-account: where the partner's commission is paid. */
export const { GET, POST } = bankAccountRoutes((req) => ({ account_type: "partner", account_id: partnerScope(req).partner_id }))
