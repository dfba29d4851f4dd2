import type {
  AuthorizePaymentInput,
  AuthorizePaymentOutput,
  CancelPaymentInput,
  CancelPaymentOutput,
  CapturePaymentInput,
  CapturePaymentOutput,
  CreateAccountHolderInput,
  CreateAccountHolderOutput,
  DeleteAccountHolderInput,
  DeleteAccountHolderOutput,
  DeletePaymentInput,
  DeletePaymentOutput,
  GetPaymentStatusInput,
  GetPaymentStatusOutput,
  InitiatePaymentInput,
  InitiatePaymentOutput,
  ProviderWebhookPayload,
  RefundPaymentInput,
  RefundPaymentOutput,
  RetrieveAccountHolderInput,
  RetrieveAccountHolderOutput,
  RetrievePaymentInput,
  RetrievePaymentOutput,
  UpdatePaymentInput,
  UpdatePaymentOutput,
  WebhookActionResult,
} from "@medusajs/framework/types"
import {
  AbstractPaymentProvider,
  BigNumber,
  MedusaError,
  PaymentActions,
  PaymentSessionStatus,
} from "@medusajs/framework/utils"

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
class CodPaymentProviderService extends AbstractPaymentProvider<CodOptions> {
  static override identifier = "cod"

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

  async capturePayment(input: CapturePaymentInput): Promise<CapturePaymentOutput> {
    return { data: { ...input.data, collected_at: new Date().toISOString() } }
  }

  async cancelPayment(input: CancelPaymentInput): Promise<CancelPaymentOutput> {
    return { data: { ...input.data, canceled_at: new Date().toISOString() } }
  }

  async refundPayment(input: RefundPaymentInput): Promise<RefundPaymentOutput> {
    return { data: { ...input.data } }
  }

  async deletePayment(input: DeletePaymentInput): Promise<DeletePaymentOutput> {
    return { data: { ...input.data } }
  }

  async retrievePayment(input: RetrievePaymentInput): Promise<RetrievePaymentOutput> {
    return { ...input.data }
  }

  async getPaymentStatus(input: GetPaymentStatusInput): Promise<GetPaymentStatusOutput> {
    if (input.data?.canceled_at) return { status: PaymentSessionStatus.CANCELED, data: input.data }
    if (input.data?.collected_at) return { status: PaymentSessionStatus.CAPTURED, data: input.data }
    return { status: PaymentSessionStatus.AUTHORIZED, data: input.data }
  }

  // Like Medusa's system provider: a customer's account holder is the customer itself, so
  // logged-in checkouts do not log "does not support creating account holders".
  async createAccountHolder(input: CreateAccountHolderInput): Promise<CreateAccountHolderOutput> {
    return { id: input.context.customer.id }
  }

  async retrieveAccountHolder(input: RetrieveAccountHolderInput): Promise<RetrieveAccountHolderOutput> {
    return { id: input.id }
  }

  async deleteAccountHolder(_input: DeleteAccountHolderInput): Promise<DeleteAccountHolderOutput> {
    return { data: {} }
  }

  async getWebhookActionAndData(_payload: ProviderWebhookPayload["payload"]): Promise<WebhookActionResult> {
    return { action: PaymentActions.NOT_SUPPORTED }
  }
}

export default CodPaymentProviderService
