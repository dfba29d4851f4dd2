// Payment provider ids and the few payment settings read from the environment.
// medusa-config.ts registers the providers (see providers.ts); these ids follow from it:
// a provider is stored as pp_{identifier}_{id}.

import { parseCodMaxTotal } from "@ocop/core"

export const COD_PROVIDER_ID = "pp_cod_cod"
export const VIETQR_PROVIDER_ID = "pp_vietqr_vietqr"
export const STRIPE_PROVIDER_ID = "pp_stripe_stripe"

/** Providers whose money an admin confirms by hand (cash collected, transfer seen on the statement). */
export const OFFLINE_PROVIDER_IDS = [COD_PROVIDER_ID, VIETQR_PROVIDER_ID] as const
export type OfflineProviderId = (typeof OFFLINE_PROVIDER_IDS)[number]

/** The largest order total paid in cash on delivery (OCOP_COD_MAX_TOTAL, whole đồng; 5,000,000 by default). */
export function codMaxTotal(env: NodeJS.ProcessEnv = process.env): number {
  return parseCodMaxTotal(env.OCOP_COD_MAX_TOTAL)
}

export const DEFAULT_VIETQR_UNPAID_TIMEOUT_HOURS = 24

/** Hours a VietQR order may stay unpaid before the job cancels it (VIETQR_UNPAID_TIMEOUT_HOURS, default 24). */
export function vietQrUnpaidTimeoutHours(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env.VIETQR_UNPAID_TIMEOUT_HOURS
  if (raw === undefined || raw.trim() === "") return DEFAULT_VIETQR_UNPAID_TIMEOUT_HOURS
  const hours = Number(raw)
  if (!Number.isFinite(hours) || hours <= 0) {
    throw new Error(`VIETQR_UNPAID_TIMEOUT_HOURS must be a positive number of hours, got "${raw}"`)
  }
  return hours
}

/** One lock per order for everything that settles or voids its payment. */
export function orderPaymentLockKey(orderId: string): string {
  return `ocop-order-payment:${orderId}`
}
