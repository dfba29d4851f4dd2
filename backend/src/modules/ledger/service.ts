import type { Context } from "@medusajs/framework/types"
import { InjectManager, MedusaContext, MedusaService } from "@medusajs/framework/utils"
import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/postgresql"
import { LedgerEntry } from "./models/ledger-entry"
import { PayeeAccount } from "./models/payee-account"
import { PayoutBatch } from "./models/payout-batch"
import { PayoutLine } from "./models/payout-line"

export type AccountType = "producer" | "partner" | "platform" | "tax" | "cash"

/** An account's money at an instant, whole đồng. */
export type Balance = { currency_code: "vnd"; pending: number; payable: number; paid: number; withheld: number }

/** The module's options (backend/medusa-config.ts). */
export type LedgerOptions = { return_window_days?: number }

export type PayableRow = { account_type: "producer" | "partner"; account_id: string; amount: number }

class LedgerModuleService extends MedusaService({ LedgerEntry, PayeeAccount, PayoutBatch, PayoutLine }) {
  protected readonly options_: LedgerOptions

  constructor(container: Record<string, unknown>, options: LedgerOptions = {}) {
    super(container, options)
    this.options_ = options
  }

  /** Days after delivery a buyer may ask for a return, during which the money is held. */
  returnWindowDays(): number | undefined {
    return this.options_.return_window_days
  }

  /** Every producer's and partner's payable amount at `at` (available and not yet paid out), when positive. */
  @InjectManager()
  async payableAccounts(at: Date, @MedusaContext() sharedContext: Context<SqlEntityManager> = {}): Promise<PayableRow[]> {
    const rows = (await sharedContext.manager!.execute(
      `select account_type, account_id,
              coalesce(sum(amount) filter (where kind <> 'payout' and available_at <= ?), 0)
            + coalesce(sum(amount) filter (where kind = 'payout'), 0) as amount
         from ledger_entry
        where deleted_at is null and account_type in ('producer', 'partner')
        group by account_type, account_id
       having coalesce(sum(amount) filter (where kind <> 'payout' and available_at <= ?), 0)
            + coalesce(sum(amount) filter (where kind = 'payout'), 0) > 0
        order by account_type, account_id`,
      [at, at]
    )) as Array<{ account_type: "producer" | "partner"; account_id: string; amount: string | number }>
    return rows.map((r) => ({ account_type: r.account_type, account_id: r.account_id, amount: Math.round(Number(r.amount)) }))
  }

  /**
   * pending: owed, not yet available (undelivered, unpaid or inside the return window);
   * payable: available and not yet paid out; paid: paid out; withheld: tax withheld from it.
   * Summed in SQL: an active producer has thousands of entries.
   */
  @InjectManager()
  async balanceOf(
    accountType: AccountType,
    accountId: string,
    at: Date = new Date(),
    @MedusaContext() sharedContext: Context<SqlEntityManager> = {}
  ): Promise<Balance> {
    const [row] = (await sharedContext.manager!.execute(
      `select
         coalesce(sum(amount) filter (where kind <> 'payout' and (available_at is null or available_at > ?)), 0) as pending,
         coalesce(sum(amount) filter (where kind <> 'payout' and available_at <= ?), 0) as available,
         coalesce(-sum(amount) filter (where kind = 'payout'), 0) as paid,
         coalesce(-sum(amount) filter (where kind in ('tax_vat', 'tax_pit')), 0) as withheld
       from ledger_entry
       where deleted_at is null and account_type = ? and account_id = ?`,
      [at, at, accountType, accountId]
    )) as Array<Record<string, string | number>>
    const n = (v: unknown) => Math.round(Number(v ?? 0))
    return {
      currency_code: "vnd",
      pending: n(row?.pending),
      payable: n(row?.available) - n(row?.paid),
      paid: n(row?.paid),
      withheld: n(row?.withheld),
    }
  }
}

export default LedgerModuleService
