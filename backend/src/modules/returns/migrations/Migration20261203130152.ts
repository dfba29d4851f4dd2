import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261203130152 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table if not exists "return_request" ("id" text not null, "order_id" text not null, "customer_id" text not null, "producer_id" text not null, "status" text check ("status" in ('requested', 'accepted', 'refused', 'disputed')) not null default 'requested', "items" jsonb not null, "amount" numeric not null, "reason" text not null, "photos" jsonb null, "refusal_reason" text null, "dispute_note" text null, "decided_by" text null, "decided_at" timestamptz null, "return_id" text null, "refund_method" text check ("refund_method" in ('card', 'bank_transfer')) not null, "bank_bin" text null, "account_number" text null, "account_name" text null, "refunded_at" timestamptz null, "bank_reference" text null, "raw_amount" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "return_request_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_return_request_deleted_at" ON "return_request" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_return_request_order_id" ON "return_request" ("order_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_return_request_producer_id_status" ON "return_request" ("producer_id", "status") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_return_request_customer_id" ON "return_request" ("customer_id") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "return_request" cascade;`);
  }

}
