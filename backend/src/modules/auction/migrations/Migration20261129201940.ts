import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261129201940 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "auction_offer" drop constraint if exists "auction_offer_lot_id_customer_id_unique";`);
    this.addSql(`alter table if exists "auction_bid" drop constraint if exists "auction_bid_lot_id_position_unique";`);
    this.addSql(`alter table if exists "auction_lot" drop constraint if exists "auction_lot_product_id_unique";`);
    this.addSql(`create table if not exists "auction_lot" ("id" text not null, "product_id" text not null, "variant_id" text not null, "cooperative_id" text not null, "currency_code" text not null default 'mad', "starting_price" numeric not null, "reserve_price" numeric null, "starts_at" timestamptz not null, "ends_at" timestamptz not null, "scheduled_end_at" timestamptz not null, "soft_close_minutes" integer not null default 5, "allow_cash_on_delivery" boolean not null default false, "payment_days" integer not null default 3, "status" text check ("status" in ('scheduled', 'live', 'sold', 'not_sold', 'paid', 'second_chance', 'cancelled')) not null default 'scheduled', "current_price" numeric null, "bid_count" integer not null default 0, "last_position" integer not null default 0, "leader_customer_id" text null, "leader_max" numeric null, "hammer_price" numeric null, "winner_customer_id" text null, "closed_at" timestamptz null, "cancelled_at" timestamptz null, "cancel_reason" text null, "raw_starting_price" jsonb not null, "raw_reserve_price" jsonb null, "raw_current_price" jsonb null, "raw_leader_max" jsonb null, "raw_hammer_price" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "auction_lot_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_auction_lot_deleted_at" ON "auction_lot" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_auction_lot_status_ends_at" ON "auction_lot" ("status", "ends_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_auction_lot_cooperative_id_status" ON "auction_lot" ("cooperative_id", "status") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_auction_lot_product_id_unique" ON "auction_lot" ("product_id") WHERE status in ('scheduled', 'live', 'sold', 'second_chance') and deleted_at is null;`);

    this.addSql(`create table if not exists "auction_bid" ("id" text not null, "customer_id" text not null, "position" integer not null, "amount" numeric not null, "max_amount" numeric null, "kind" text check ("kind" in ('bid', 'max', 'auto')) not null, "lot_id" text not null, "raw_amount" jsonb not null, "raw_max_amount" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "auction_bid_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_auction_bid_lot_id" ON "auction_bid" ("lot_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_auction_bid_deleted_at" ON "auction_bid" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_auction_bid_lot_id_position_unique" ON "auction_bid" ("lot_id", "position") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_auction_bid_customer_id" ON "auction_bid" ("customer_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "auction_offer" ("id" text not null, "customer_id" text not null, "kind" text check ("kind" in ('winner', 'second_chance')) not null, "amount" numeric not null, "due_at" timestamptz not null, "status" text check ("status" in ('open', 'paid', 'expired', 'withdrawn')) not null default 'open', "cart_id" text null, "order_id" text null, "lot_id" text not null, "raw_amount" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "auction_offer_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_auction_offer_lot_id" ON "auction_offer" ("lot_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_auction_offer_deleted_at" ON "auction_offer" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_auction_offer_lot_id_customer_id_unique" ON "auction_offer" ("lot_id", "customer_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_auction_offer_cart_id" ON "auction_offer" ("cart_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_auction_offer_status_due_at" ON "auction_offer" ("status", "due_at") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "auction_bid" add constraint "auction_bid_lot_id_foreign" foreign key ("lot_id") references "auction_lot" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table if exists "auction_offer" add constraint "auction_offer_lot_id_foreign" foreign key ("lot_id") references "auction_lot" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "auction_bid" drop constraint if exists "auction_bid_lot_id_foreign";`);

    this.addSql(`alter table if exists "auction_offer" drop constraint if exists "auction_offer_lot_id_foreign";`);

    this.addSql(`drop table if exists "auction_lot" cascade;`);

    this.addSql(`drop table if exists "auction_bid" cascade;`);

    this.addSql(`drop table if exists "auction_offer" cascade;`);
  }

}
