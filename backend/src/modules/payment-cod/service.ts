import type {
  AuthorizePaymentInput,
  AuthorizePaymentOutput,
  InitiatePaymentInput,
  InitiatePaymentOutput,
  UpdatePaymentInput,
  UpdatePaymentOutput,
} from "@medusajs/framework/types"
import {
  BigNumber,
  MedusaError,
  PaymentSessionStatus,
} from "@medusajs/framework/utils"
import { OfflinePaymentProvider } from "../../lib/offline-payment-provider"

export type CodOptions = Record<string, never>

/** Cash is counted in whole đồng: the session keeps the amount the carrier must collect. */
function cashAmount(amount: InitiatePaymentInput["amount"], currencyCode: string): number {
  if (currencyCode.toLowerCase() !== "vnd") {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `Cash on delivery is collected in VND only, not ${currencyCode}`)
  }
  return Math.round(new BigNumber(amount).numeric)
}

/**
 * Cash on delivery (id `cod`, provider id `pp_cod_cod`): the order is placed with the payment
 * authorized and nothing charged; the carrier collects the cash and the payment is captured
 * when an admin records it (`POST /admin/orders/:id/cod-collected`). Refunds are paid out by
 * hand; this provider only records them.
 */
class CodPaymentProviderService extends OfflinePaymentProvider<CodOptions> {
  static override identifier = "cod"
  protected readonly capturedAt = "collected_at"

  constructor(cradle: Record<string, unknown>, options: CodOptions) {
    super(cradle, options)
  }

  async initiatePayment(input: InitiatePaymentInput): Promise<InitiatePaymentOutput> {
    const amount = cashAmount(input.amount, input.currency_code)
    const sessionId = (input.data?.session_id as string | undefined) ?? undefined
    return {
      id: sessionId ?? `cod_${Date.now()}`,
      data: { method: "cod", amount, currency_code: "vnd", ...(sessionId ? { session_id: sessionId } : {}) },
    }
  }

  async updatePayment(input: UpdatePaymentInput): Promise<UpdatePaymentOutput> {
    return { data: { ...input.data, amount: cashAmount(input.amount, input.currency_code) } }
  }

  /** Placing the order authorizes it: there is nothing to check with a third party. */
  async authorizePayment(input: AuthorizePaymentInput): Promise<AuthorizePaymentOutput> {
    const data = input.data ?? {}
    // Only our own fields reach the payment (a session's data also holds what the storefront sent).
    return {
      status: PaymentSessionStatus.AUTHORIZED,
      data: {
        method: "cod",
        amount: data.amount,
        currency_code: "vnd",
        ...(data.session_id ? { session_id: data.session_id } : {}),
      },
    }
  }
}

export default CodPaymentProviderService
