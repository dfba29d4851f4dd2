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
import { buildVietQr, validateAccountNumber, validateBankBin, VietQrError } from "@ocop/vietqr"
import { randomBytes } from "node:crypto"

export type VietQrOptions = {
  /** NAPAS BIN of the receiving bank, 6 digits (Vietcombank: 970436). */
  bankBin: string
  /** The marketplace's receiving account. */
  accountNumber: string
  /** Account holder name as the bank shows it (uppercase, no diacritics). */
  accountName: string
  /** Shown beside the QR ("Vietcombank"). */
  bankName?: string
  /** Start of every transfer reference, letters and digits, at most 8 (default "OCOP"). */
  referencePrefix?: string
}

/** What a VietQR payment session (and later its payment) keeps in `data`: public, shown to the buyer. */
export type VietQrSessionData = {
  method: "vietqr"
  session_id?: string
  reference: string
  amount: number
  currency_code: "vnd"
  bank_bin: string
  bank_name: string | null
  account_number: string
  account_name: string
  payload: string
  received_at?: string
  canceled_at?: string
}

const DEFAULT_PREFIX = "OCOP"

/** The transfer reference: prefix + the last 10 characters of the session's ULID (random part). */
export function vietQrReference(sessionId: string | undefined, prefix = DEFAULT_PREFIX): string {
  const ulid = sessionId?.split("_").pop()?.toUpperCase().replace(/[^0-9A-Z]/g, "") ?? ""
  const tail = ulid.length >= 10 ? ulid.slice(-10) : randomBytes(5).toString("hex").toUpperCase()
  return `${prefix}${tail}`
}

function transferAmount(amount: InitiatePaymentInput["amount"], currencyCode: string): number {
  if (currencyCode.toLowerCase() !== "vnd") {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `VietQR transfers are in VND only, not ${currencyCode}`)
  }
  // VND has no minor unit: a fractional total (from tax rounding) is rounded to whole đồng.
  return Math.round(new BigNumber(amount).numeric)
}

/**
 * Bank transfer by VietQR (id `vietqr`, provider id `pp_vietqr_vietqr`). The session carries the
 * NAPAS payload for the order's amount and a unique reference; placing the order authorizes
 * the payment ("awaiting transfer": nothing has moved yet), an admin captures it when the money
 * shows on the statement (`POST /admin/orders/:id/vietqr-received`), and a scheduled job
 * cancels orders left unpaid (`VIETQR_UNPAID_TIMEOUT_HOURS`).
 */
class VietQrPaymentProviderService extends OfflinePaymentProvider<VietQrOptions> {
  static override identifier = "vietqr"
  protected readonly capturedAt = "received_at"

  protected readonly options_: VietQrOptions

  static override validateOptions(options: Record<string, unknown>): void {
    try {
      validateBankBin(options.bankBin as string)
      validateAccountNumber(options.accountNumber as string)
    } catch (e) {
      throw new MedusaError(MedusaError.Types.INVALID_ARGUMENT, `VietQR provider options: ${(e as Error).message}`)
    }
    if (typeof options.accountName !== "string" || !options.accountName.trim()) {
      throw new MedusaError(MedusaError.Types.INVALID_ARGUMENT, "VietQR provider options: accountName is required")
    }
    const prefix = options.referencePrefix
    if (prefix !== undefined && (typeof prefix !== "string" || !/^[A-Za-z0-9]{1,8}$/.test(prefix))) {
      throw new MedusaError(MedusaError.Types.INVALID_ARGUMENT, "VietQR provider options: referencePrefix must be 1–8 letters or digits")
    }
  }

  constructor(cradle: Record<string, unknown>, options: VietQrOptions) {
    super(cradle, options)
    this.options_ = options
  }

  private sessionData(amount: number, reference: string, sessionId: string | undefined): VietQrSessionData {
    let payload: string
    try {
      payload = buildVietQr({
        bankBin: this.options_.bankBin,
        accountNumber: this.options_.accountNumber,
        amount,
        reference,
      })
    } catch (e) {
      if (e instanceof VietQrError) throw new MedusaError(MedusaError.Types.INVALID_DATA, `VietQR: ${e.message}`)
      throw e
    }
    return {
      method: "vietqr",
      ...(sessionId ? { session_id: sessionId } : {}),
      reference,
      amount,
      currency_code: "vnd",
      bank_bin: this.options_.bankBin,
      bank_name: this.options_.bankName ?? null,
      account_number: this.options_.accountNumber,
      account_name: this.options_.accountName,
      payload,
    }
  }

  async initiatePayment(input: InitiatePaymentInput): Promise<InitiatePaymentOutput> {
    const amount = transferAmount(input.amount, input.currency_code)
    const sessionId = input.data?.session_id as string | undefined
    const reference = vietQrReference(sessionId, this.options_.referencePrefix ?? DEFAULT_PREFIX)
    return { id: reference, data: this.sessionData(amount, reference, sessionId) }
  }

  /** The cart total changed: same reference, new amount, new payload. */
  async updatePayment(input: UpdatePaymentInput): Promise<UpdatePaymentOutput> {
    const amount = transferAmount(input.amount, input.currency_code)
    const previous = (input.data ?? {}) as Partial<VietQrSessionData>
    const reference = previous.reference ?? vietQrReference(previous.session_id, this.options_.referencePrefix)
    return { data: { ...input.data, ...this.sessionData(amount, reference, previous.session_id) } }
  }

  /**
   * Placing the order authorizes the payment: the order must exist before the buyer can be
   * shown what to transfer. Medusa 2.21 also offers "pending_authorization" for deferred
   * methods, but then no Payment exists to capture or to cancel with the order; "authorized"
   * keeps the capture and cancel-order workflows working as for cards.
   */
  async authorizePayment(input: AuthorizePaymentInput): Promise<AuthorizePaymentOutput> {
    const data = input.data as Partial<VietQrSessionData> | undefined
    if (typeof data?.payload !== "string" || typeof data.reference !== "string" || typeof data.amount !== "number") {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "VietQR session has no payload")
    }
    // Only our own fields reach the payment: a session's data also holds whatever the
    // storefront sent along when it was created.
    const payment: VietQrSessionData = {
      method: "vietqr",
      ...(data.session_id ? { session_id: data.session_id } : {}),
      reference: data.reference,
      amount: data.amount,
      currency_code: "vnd",
      bank_bin: data.bank_bin ?? this.options_.bankBin,
      bank_name: data.bank_name ?? null,
      account_number: data.account_number ?? this.options_.accountNumber,
      account_name: data.account_name ?? this.options_.accountName,
      payload: data.payload,
    }
    return { status: PaymentSessionStatus.AUTHORIZED, data: payment }
  }
}

export default VietQrPaymentProviderService
