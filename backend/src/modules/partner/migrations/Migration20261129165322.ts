import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261129165322 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "partner_member" drop constraint if exists "partner_member_auth_identity_id_unique";`);
    this.addSql(`alter table if exists "partner_member" drop constraint if exists "partner_member_email_unique";`);
    this.addSql(`alter table if exists "partner_attribution" drop constraint if exists "partner_attribution_order_id_unique";`);
    this.addSql(`alter table if exists "partner_attribution" drop constraint if exists "partner_attribution_cart_id_unique";`);
    this.addSql(`alter table if exists "partner" drop constraint if exists "partner_referral_code_unique";`);
    this.addSql(`create table if not exists "partner" ("id" text not null, "display_name" text not null, "legal_name" text not null, "kind" text check ("kind" in ('hotel', 'cruise', 'tour_operator', 'travel_agency', 'other')) not null, "contact_name" text not null, "email" text not null, "phone" text not null, "website" text null, "status" text check ("status" in ('pending', 'active', 'rejected', 'suspended')) not null default 'pending', "status_reason" text null, "referral_code" text null, "commission_rate" real not null default 0.05, "sample_data" boolean not null default false, "metadata" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "partner_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_partner_referral_code_unique" ON "partner" ("referral_code") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_partner_deleted_at" ON "partner" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_partner_status" ON "partner" ("status") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "partner_attribution" ("id" text not null, "cart_id" text not null, "order_id" text null, "placed_at" timestamptz null, "commission_rate" real null, "status" text check ("status" in ('pending', 'earned', 'void')) not null default 'pending', "currency_code" text not null default 'vnd', "amount" integer not null default 0, "commission" integer not null default 0, "earned_at" timestamptz null, "voided_at" timestamptz null, "partner_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "partner_attribution_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_partner_attribution_cart_id_unique" ON "partner_attribution" ("cart_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_partner_attribution_partner_id" ON "partner_attribution" ("partner_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_partner_attribution_deleted_at" ON "partner_attribution" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_partner_attribution_order_id_unique" ON "partner_attribution" ("order_id") WHERE order_id IS NOT NULL AND deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_partner_attribution_partner_id_placed_at" ON "partner_attribution" ("partner_id", "placed_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "partner_member" ("id" text not null, "email" text not null, "name" text not null, "role" text check ("role" in ('owner', 'staff')) not null default 'owner', "auth_identity_id" text null, "partner_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "partner_member_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_partner_member_email_unique" ON "partner_member" ("email") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_partner_member_partner_id" ON "partner_member" ("partner_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_partner_member_deleted_at" ON "partner_member" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_partner_member_auth_identity_id_unique" ON "partner_member" ("auth_identity_id") WHERE auth_identity_id IS NOT NULL AND deleted_at IS NULL;`);

    this.addSql(`create table if not exists "partner_shelf" ("id" text not null, "title_vi" text not null, "title_en" text null, "note_vi" text null, "note_en" text null, "product_ids" jsonb not null, "partner_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "partner_shelf_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_partner_shelf_partner_id" ON "partner_shelf" ("partner_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_partner_shelf_deleted_at" ON "partner_shelf" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "partner_visit" ("id" text not null, "path" text not null, "at" timestamptz not null, "partner_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "partner_visit_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_partner_visit_partner_id" ON "partner_visit" ("partner_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_partner_visit_deleted_at" ON "partner_visit" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_partner_visit_partner_id_at" ON "partner_visit" ("partner_id", "at") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "partner_attribution" add constraint "partner_attribution_partner_id_foreign" foreign key ("partner_id") references "partner" ("id") on update cascade;`);

    this.addSql(`alter table if exists "partner_member" add constraint "partner_member_partner_id_foreign" foreign key ("partner_id") references "partner" ("id") on update cascade;`);

    this.addSql(`alter table if exists "partner_shelf" add constraint "partner_shelf_partner_id_foreign" foreign key ("partner_id") references "partner" ("id") on update cascade;`);

    this.addSql(`alter table if exists "partner_visit" add constraint "partner_visit_partner_id_foreign" foreign key ("partner_id") references "partner" ("id") on update cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "partner_attribution" drop constraint if exists "partner_attribution_partner_id_foreign";`);

    this.addSql(`alter table if exists "partner_member" drop constraint if exists "partner_member_partner_id_foreign";`);

    this.addSql(`alter table if exists "partner_shelf" drop constraint if exists "partner_shelf_partner_id_foreign";`);

    this.addSql(`alter table if exists "partner_visit" drop constraint if exists "partner_visit_partner_id_foreign";`);

    this.addSql(`drop table if exists "partner" cascade;`);

    this.addSql(`drop table if exists "partner_attribution" cascade;`);

    this.addSql(`drop table if exists "partner_member" cascade;`);

    this.addSql(`drop table if exists "partner_shelf" cascade;`);

    this.addSql(`drop table if exists "partner_visit" cascade;`);
  }

}
