import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261129113329 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "cooperative_member" add column if not exists "sessions_ended_at" timestamptz null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "cooperative_member" drop column if exists "sessions_ended_at";`);
  }

}
