import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261203101329 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "payout_batch" drop constraint if exists "payout_batch_period_unique";`);
    this.addSql(`alter table if exists "payee_account" drop constraint if exists "payee_account_account_type_account_id_unique";`);
    this.addSql(`create table if not exists "ledger_entry" ("id" text not null, "account_type" text check ("account_type" in ('producer', 'partner', 'platform', 'tax', 'cash')) not null, "account_id" text not null, "kind" text check ("kind" in ('sale', 'commission', 'tax_vat', 'tax_pit', 'partner_commission', 'payment', 'refund', 'payout')) not null, "slot" text not null, "order_id" text null, "line_item_id" text null, "amount" numeric not null, "currency_code" text not null default 'vnd', "available_at" timestamptz null, "reverses_id" text null, "occurred_at" timestamptz not null, "metadata" jsonb null, "raw_amount" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "ledger_entry_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ledger_entry_deleted_at" ON "ledger_entry" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ledger_entry_account_type_account_id" ON "ledger_entry" ("account_type", "account_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ledger_entry_order_id" ON "ledger_entry" ("order_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ledger_entry_slot" ON "ledger_entry" ("slot") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "payee_account" ("id" text not null, "account_type" text check ("account_type" in ('producer', 'partner')) not null, "account_id" text not null, "bank_bin" text not null, "account_number" text not null, "account_name" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "payee_account_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_payee_account_deleted_at" ON "payee_account" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_payee_account_account_type_account_id_unique" ON "payee_account" ("account_type", "account_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "payout_batch" ("id" text not null, "period" text not null, "cutoff_at" timestamptz not null, "status" text check ("status" in ('open', 'paid')) not null default 'open', "bank_reference" text null, "paid_at" timestamptz null, "paid_by" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "payout_batch_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_payout_batch_period_unique" ON "payout_batch" ("period") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_payout_batch_deleted_at" ON "payout_batch" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "payout_line" ("id" text not null, "account_type" text check ("account_type" in ('producer', 'partner')) not null, "account_id" text not null, "amount" numeric not null, "bank_bin" text null, "account_number" text null, "account_name" text null, "content" text not null, "batch_id" text not null, "raw_amount" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "payout_line_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_payout_line_batch_id" ON "payout_line" ("batch_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_payout_line_deleted_at" ON "payout_line" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "payout_line" add constraint "payout_line_batch_id_foreign" foreign key ("batch_id") references "payout_batch" ("id") on update cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "payout_line" drop constraint if exists "payout_line_batch_id_foreign";`);

    this.addSql(`drop table if exists "ledger_entry" cascade;`);

    this.addSql(`drop table if exists "payee_account" cascade;`);

    this.addSql(`drop table if exists "payout_batch" cascade;`);

    this.addSql(`drop table if exists "payout_line" cascade;`);
  }

}
