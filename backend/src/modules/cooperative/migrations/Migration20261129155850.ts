import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261129155850 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "cooperative_member" add column if not exists "locale" text check ("locale" in ('fr', 'ar', 'en')) null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "cooperative_member" drop column if exists "locale";`);
  }

}
