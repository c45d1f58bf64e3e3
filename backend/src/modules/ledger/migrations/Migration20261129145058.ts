import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261129145058 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table if not exists "ledger_entry" ("id" text not null, "cooperative_id" text not null, "currency_code" text not null, "kind" text check ("kind" in ('sale', 'commission', 'refund', 'commission_refund', 'payout')) not null, "amount" numeric not null, "cooperative_order_id" text null, "bank_reference" text null, "occurred_at" timestamptz not null, "note" text null, "recorded_by" text null, "seq" serial, "raw_amount" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "ledger_entry_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ledger_entry_deleted_at" ON "ledger_entry" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ledger_entry_cooperative_id_currency_code" ON "ledger_entry" ("cooperative_id", "currency_code") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ledger_entry_cooperative_order_id" ON "ledger_entry" ("cooperative_order_id") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "ledger_entry" cascade;`);
  }

}
