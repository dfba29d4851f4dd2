import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261203163000 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "partner" add column if not exists "guest_delivery" jsonb null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "partner" drop column if exists "guest_delivery";`);
  }

}
