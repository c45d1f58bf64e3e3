import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261129033041 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "listing_revision" drop constraint if exists "listing_revision_listing_id_unique";`);
    this.addSql(`create table if not exists "listing" ("id" text not null, "state" text check ("state" in ('draft', 'in_review', 'live', 'rejected', 'archived')) not null default 'draft', "rejection_reason" text null, "submitted_at" timestamptz null, "submitted_by" text null, "decided_at" timestamptz null, "decided_by" text null, "first_live_at" timestamptz null, "archived_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "listing_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_listing_deleted_at" ON "listing" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_listing_state" ON "listing" ("state") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "listing_revision" ("id" text not null, "changes" jsonb not null, "status" text check ("status" in ('pending', 'approved', 'rejected', 'withdrawn')) not null default 'pending', "reason" text null, "submitted_by" text not null, "decided_by" text null, "decided_at" timestamptz null, "listing_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "listing_revision_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_listing_revision_listing_id" ON "listing_revision" ("listing_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_listing_revision_deleted_at" ON "listing_revision" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_listing_revision_listing_id_unique" ON "listing_revision" ("listing_id") WHERE status = 'pending' AND deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_listing_revision_status" ON "listing_revision" ("status") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "listing_revision" add constraint "listing_revision_listing_id_foreign" foreign key ("listing_id") references "listing" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "listing_revision" drop constraint if exists "listing_revision_listing_id_foreign";`);

    this.addSql(`drop table if exists "listing" cascade;`);

    this.addSql(`drop table if exists "listing_revision" cascade;`);
  }

}
