import type { Context } from "@medusajs/framework/types"
import { InjectManager, MedusaContext, MedusaService } from "@medusajs/framework/utils"
import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/postgresql"
import { LedgerEntry } from "./models/ledger-entry"

export type AccountType = "producer" | "partner" | "platform" | "tax" | "cash"

/** An account's money at an instant, whole đồng. */
export type Balance = { currency_code: "vnd"; pending: number; payable: number; paid: number; withheld: number }

class LedgerModuleService extends MedusaService({ LedgerEntry }) {
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
