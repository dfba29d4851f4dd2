import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { z } from "@medusajs/framework/zod"
import { foldDiacritics } from "@ocop/vietqr"
import { LEDGER_MODULE, type LedgerModuleService } from "../../../modules/ledger"
import { setPayeeAccountWorkflow } from "../../../workflows/ledger/set-payee-account"

/**
 * A Vietnamese bank account a producer or partner is paid to (POST /producer/bank-account and
 * /partner/bank-account): the bank's NAPAS BIN (6 digits, as VietQR uses it), the account number
 * and the holder's name, which banks match in capitals without accents ("HTX DINH TRUNG").
 */
export const BankAccountBody = z
  .object({
    bank_bin: z.string().trim().regex(/^\d{6}$/, "bank_bin must be the bank's 6-digit NAPAS BIN (Vietcombank 970436, VietinBank 970415…)"),
    account_number: z
      .string()
      .trim()
      .regex(/^[A-Za-z0-9]{1,19}$/, "account_number must be 1–19 letters or digits, without spaces"),
    account_name: z
      .string()
      .trim()
      .min(2, "account_name is the holder's name as the bank has it")
      .max(70, "account_name may have at most 70 characters")
      .transform((name) => foldDiacritics(name).toUpperCase().replace(/\s+/g, " "))
      .refine((name) => /^[A-Z0-9 .,&()\-/]+$/.test(name), "account_name may hold letters, digits, spaces and . , & ( ) - / only"),
  })
  .strict()
export type BankAccountBodyType = z.infer<typeof BankAccountBody>

type Payee = { account_type: "producer" | "partner"; account_id: string }

/**
 * GET and POST of a surface's bank-account route (/producer/bank-account, /partner/bank-account):
 * `payee` names whose account it is from the request's scope (and refuses who may not change it).
 */
export function bankAccountRoutes(payee: (req: AuthenticatedMedusaRequest, write: boolean) => Payee) {
  const view = (a: { bank_bin: string; account_number: string; account_name: string } | undefined) =>
    a ? { bank_bin: a.bank_bin, account_number: a.account_number, account_name: a.account_name } : null
  return {
    /** → { bank_account: { bank_bin, account_number, account_name } | null } */
    async GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
      const [account] = await req.scope.resolve<LedgerModuleService>(LEDGER_MODULE).listPayeeAccounts(payee(req, false))
      res.json({ bank_account: view(account) })
    },
    /** { bank_bin, account_number, account_name } → same as GET. */
    async POST(req: AuthenticatedMedusaRequest<BankAccountBodyType>, res: MedusaResponse) {
      const { result } = await setPayeeAccountWorkflow(req.scope).run({ input: { ...payee(req, true), ...req.validatedBody } })
      res.json({ bank_account: view(result) })
    },
  }
}
