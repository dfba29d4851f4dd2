import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261203130003 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "review_reply" drop constraint if exists "review_reply_review_id_unique";`);
    this.addSql(`alter table if exists "review" drop constraint if exists "review_order_line_item_id_unique";`);
    this.addSql(`create table if not exists "review" ("id" text not null, "product_id" text not null, "producer_id" text null, "customer_id" text not null, "order_id" text not null, "order_line_item_id" text not null, "author_name" text not null, "rating" integer not null, "content" text not null, "images" text[] not null, "status" text check ("status" in ('visible', 'hidden')) not null default 'visible', "helpful_count" integer not null default 0, "delivered_at" timestamptz not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "review_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_review_deleted_at" ON "review" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_review_order_line_item_id_unique" ON "review" ("order_line_item_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_review_product_id_status_created_at" ON "review" ("product_id", "status", "created_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_review_producer_id_status" ON "review" ("producer_id", "status") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_review_customer_id" ON "review" ("customer_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "review_reply" ("id" text not null, "producer_id" text not null, "content" text not null, "review_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "review_reply_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_review_reply_review_id_unique" ON "review_reply" ("review_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_review_reply_deleted_at" ON "review_reply" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "review_report" ("id" text not null, "reason" text not null, "reporter_id" text null, "review_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "review_report_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_review_report_review_id" ON "review_report" ("review_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_review_report_deleted_at" ON "review_report" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "review_reply" add constraint "review_reply_review_id_foreign" foreign key ("review_id") references "review" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table if exists "review_report" add constraint "review_report_review_id_foreign" foreign key ("review_id") references "review" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "review_reply" drop constraint if exists "review_reply_review_id_foreign";`);

    this.addSql(`alter table if exists "review_report" drop constraint if exists "review_report_review_id_foreign";`);

    this.addSql(`drop table if exists "review" cascade;`);

    this.addSql(`drop table if exists "review_reply" cascade;`);

    this.addSql(`drop table if exists "review_report" cascade;`);
  }

}
