import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261129144630 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "cooperative_order" drop constraint if exists "cooperative_order_order_id_cooperative_id_unique";`);
    this.addSql(`alter table if exists "commission_rate" drop constraint if exists "commission_rate_cooperative_id_category_id_unique";`);
    this.addSql(`create table if not exists "commission_rate" ("id" text not null, "cooperative_id" text null, "category_id" text null, "rate_bps" integer not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "commission_rate_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_commission_rate_deleted_at" ON "commission_rate" ("deleted_at") WHERE deleted_at IS NULL;`);
    // Written by hand: NULLS NOT DISTINCT (PostgreSQL 15+) makes the default rate (both null) unique too.
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_commission_rate_cooperative_id_category_id_unique" ON "commission_rate" ("cooperative_id", "category_id") NULLS NOT DISTINCT WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "cooperative_order" ("id" text not null, "order_id" text not null, "order_display_id" integer not null, "cooperative_id" text not null, "currency_code" text not null, "cash_on_delivery" boolean not null default false, "status" text check ("status" in ('new', 'accepted', 'shipped', 'delivered', 'cancelled')) not null default 'new', "item_total" numeric not null, "shipping_total" numeric not null, "tax_total" numeric not null, "total" numeric not null, "commission_total" numeric not null, "refunded_total" numeric not null default 0, "carrier" text null, "tracking_number" text null, "accepted_at" timestamptz null, "shipped_at" timestamptz null, "delivered_at" timestamptz null, "cancelled_at" timestamptz null, "cash_collected" numeric null, "raw_item_total" jsonb not null, "raw_shipping_total" jsonb not null, "raw_tax_total" jsonb not null, "raw_total" jsonb not null, "raw_commission_total" jsonb not null, "raw_refunded_total" jsonb not null default '{"value":"0","precision":20}', "raw_cash_collected" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "cooperative_order_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_cooperative_order_deleted_at" ON "cooperative_order" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_cooperative_order_order_id_cooperative_id_unique" ON "cooperative_order" ("order_id", "cooperative_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_cooperative_order_cooperative_id_status" ON "cooperative_order" ("cooperative_id", "status") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "cooperative_order_item" ("id" text not null, "line_item_id" text not null, "product_id" text null, "variant_id" text null, "title" text not null, "variant_title" text null, "thumbnail" text null, "quantity" integer not null, "unit_price" numeric not null, "total" numeric not null, "tax_total" numeric not null, "commission_rate_bps" integer not null, "commission_amount" numeric not null, "cancelled_at" timestamptz null, "cancel_reason" text null, "cooperative_order_id" text not null, "raw_unit_price" jsonb not null, "raw_total" jsonb not null, "raw_tax_total" jsonb not null, "raw_commission_amount" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "cooperative_order_item_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_cooperative_order_item_cooperative_order_id" ON "cooperative_order_item" ("cooperative_order_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_cooperative_order_item_deleted_at" ON "cooperative_order_item" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "cooperative_order_item" add constraint "cooperative_order_item_cooperative_order_id_foreign" foreign key ("cooperative_order_id") references "cooperative_order" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "cooperative_order_item" drop constraint if exists "cooperative_order_item_cooperative_order_id_foreign";`);

    this.addSql(`drop table if exists "commission_rate" cascade;`);

    this.addSql(`drop table if exists "cooperative_order" cascade;`);

    this.addSql(`drop table if exists "cooperative_order_item" cascade;`);
  }

}
