import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261203203000 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table if not exists "experience_schedule" ("id" text not null, "product_id" text not null, "daily_capacity" integer not null, "min_notice_hours" integer not null default 0, "closed_weekdays" jsonb not null, "closed_dates" jsonb not null, "date_capacities" jsonb not null, "slots" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "experience_schedule_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_experience_schedule_deleted_at" ON "experience_schedule" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_experience_schedule_product_id_unique" ON "experience_schedule" ("product_id") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "experience_schedule" cascade;`);
  }

}
