// The Payment Module's providers, from the environment. medusa-config.ts calls this and is the
// only caller: it stays the one place where environment turns into modules and providers.

type Env = Record<string, string | undefined>

export type PaymentProviderRegistration = { resolve: string; id: string; options?: Record<string, unknown> }

/** Clearly sample receiving account for development: Vietcombank's BIN, a made-up account. */
export const SAMPLE_VIETQR_ACCOUNT = {
  bankBin: "970436",
  bankName: "Vietcombank",
  accountNumber: "0000000000000",
  accountName: "OCOP MAU KHONG CHUYEN KHOAN",
} as const

/**
 * COD and VietQR always; Stripe cards when STRIPE_API_KEY is set. With `production` true
 * (NODE_ENV=production without the dev defaults) a missing VietQR account is an error, so real
 * buyers are never shown the sample account.
 */
export function paymentProviders(env: Env, options: { production: boolean }): PaymentProviderRegistration[] {
  const vietqrAccount = env.VIETQR_ACCOUNT_NUMBER
  if (options.production && (!vietqrAccount || !env.VIETQR_BANK_BIN || !env.VIETQR_ACCOUNT_NAME)) {
    throw new Error("VIETQR_BANK_BIN, VIETQR_ACCOUNT_NUMBER and VIETQR_ACCOUNT_NAME must be set when NODE_ENV=production")
  }
  const providers: PaymentProviderRegistration[] = [
    { resolve: "./src/modules/payment-cod", id: "cod" },
    {
      resolve: "./src/modules/payment-vietqr",
      id: "vietqr",
      options: {
        bankBin: env.VIETQR_BANK_BIN || SAMPLE_VIETQR_ACCOUNT.bankBin,
        bankName: env.VIETQR_BANK_NAME || (env.VIETQR_BANK_BIN ? undefined : SAMPLE_VIETQR_ACCOUNT.bankName),
        accountNumber: vietqrAccount || SAMPLE_VIETQR_ACCOUNT.accountNumber,
        accountName: env.VIETQR_ACCOUNT_NAME || SAMPLE_VIETQR_ACCOUNT.accountName,
        referencePrefix: env.VIETQR_REFERENCE_PREFIX || undefined,
      },
    },
  ]
  if (env.STRIPE_API_KEY) {
    providers.push({
      resolve: "@medusajs/medusa/payment-stripe",
      id: "stripe",
      options: {
        apiKey: env.STRIPE_API_KEY,
        webhookSecret: env.STRIPE_WEBHOOK_SECRET,
        // Authorize at checkout, capture from the admin (as for COD and VietQR).
        capture: false,
      },
    })
  }
  return providers
}

/** Provider ids a region should offer, in the order the checkout lists them. */
export function paymentProviderIds(env: Env): string[] {
  return ["pp_cod_cod", "pp_vietqr_vietqr", ...(env.STRIPE_API_KEY ? ["pp_stripe_stripe"] : [])]
}
