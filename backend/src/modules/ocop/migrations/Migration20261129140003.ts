import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261129140003 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table if not exists "ocop_certificate" ("id" text not null, "stars" integer not null, "score" real null, "score_a" real null, "score_b" real null, "score_c" real null, "group" text not null, "sub_group" text null, "decision_number" text not null, "decision_date" timestamptz not null, "issuing_level" text check ("issuing_level" in ('province', 'national', 'district')) not null, "issuing_authority" text not null, "expires_at" timestamptz not null, "status" text check ("status" in ('valid', 'expired', 'revoked', 'pending_verification')) not null default 'valid', "status_reason" text null, "sample_data" boolean not null default false, "commune_code" text not null, "historic_locality" text null, "metadata" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "ocop_certificate_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_certificate_deleted_at" ON "ocop_certificate" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_certificate_status_expires_at" ON "ocop_certificate" ("status", "expires_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_certificate_commune_code" ON "ocop_certificate" ("commune_code") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_certificate_group" ON "ocop_certificate" ("group") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "ocop_certificate" cascade;`);
  }

}
