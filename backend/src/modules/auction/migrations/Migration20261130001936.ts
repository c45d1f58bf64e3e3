import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261130001936 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "auction_lot" add column if not exists "close_error" text null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "auction_lot" drop column if exists "close_error";`);
  }

}
