import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261203094724 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table if not exists "ledger_entry" ("id" text not null, "account_type" text check ("account_type" in ('producer', 'partner', 'platform', 'tax', 'cash')) not null, "account_id" text not null, "kind" text check ("kind" in ('sale', 'commission', 'tax_vat', 'tax_pit', 'partner_commission', 'payment', 'refund', 'payout')) not null, "slot" text not null, "order_id" text null, "line_item_id" text null, "amount" numeric not null, "currency_code" text not null default 'vnd', "available_at" timestamptz null, "reverses_id" text null, "occurred_at" timestamptz not null, "metadata" jsonb null, "raw_amount" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "ledger_entry_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ledger_entry_deleted_at" ON "ledger_entry" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ledger_entry_account_type_account_id" ON "ledger_entry" ("account_type", "account_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ledger_entry_order_id" ON "ledger_entry" ("order_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ledger_entry_slot" ON "ledger_entry" ("slot") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "ledger_entry" cascade;`);
  }

}
