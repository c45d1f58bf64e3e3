import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261129030941 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "cooperative_member" drop constraint if exists "cooperative_member_email_unique";`);
    this.addSql(`alter table if exists "cooperative_invite" drop constraint if exists "cooperative_invite_token_hash_unique";`);
    this.addSql(`alter table if exists "cooperative" drop constraint if exists "cooperative_artisan_registry_number_unique";`);
    this.addSql(`alter table if exists "cooperative" drop constraint if exists "cooperative_odco_number_unique";`);
    this.addSql(`alter table if exists "cooperative" drop constraint if exists "cooperative_handle_unique";`);
    this.addSql(`create table if not exists "cooperative" ("id" text not null, "handle" text not null, "name" text not null, "legal_name" text not null, "odco_number" text not null, "artisan_registry_number" text null, "region" text not null, "province" text not null, "commune" text not null, "founded_year" integer not null, "member_count" integer not null, "women_member_count" integer not null default 0, "women_led" boolean not null default false, "rural" boolean not null default false, "story" text not null, "logo_url" text null, "cover_url" text null, "phone" text not null, "email" text not null, "bank_rib" text null, "status" text check ("status" in ('pending', 'approved', 'suspended', 'rejected')) not null default 'pending', "status_reason" text null, "status_decided_by" text null, "status_decided_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "cooperative_pkey" primary key ("id"), constraint cooperative_member_count_positive check (member_count >= 1), constraint cooperative_women_member_count_range check (women_member_count >= 0 AND women_member_count <= member_count));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_cooperative_handle_unique" ON "cooperative" ("handle") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_cooperative_odco_number_unique" ON "cooperative" ("odco_number") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_cooperative_artisan_registry_number_unique" ON "cooperative" ("artisan_registry_number") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_cooperative_deleted_at" ON "cooperative" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_cooperative_status_province" ON "cooperative" ("status", "province") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_cooperative_province" ON "cooperative" ("province") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "cooperative_invite" ("id" text not null, "email" text null, "phone" text null, "role" text check ("role" in ('owner', 'member')) not null default 'member', "token_hash" text not null, "expires_at" timestamptz not null, "accepted_at" timestamptz null, "cooperative_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "cooperative_invite_pkey" primary key ("id"), constraint cooperative_invite_has_recipient check (email IS NOT NULL OR phone IS NOT NULL));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_cooperative_invite_token_hash_unique" ON "cooperative_invite" ("token_hash") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_cooperative_invite_cooperative_id" ON "cooperative_invite" ("cooperative_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_cooperative_invite_deleted_at" ON "cooperative_invite" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "cooperative_member" ("id" text not null, "email" text not null, "first_name" text not null, "last_name" text not null, "phone" text null, "role" text check ("role" in ('owner', 'member')) not null default 'member', "cooperative_id" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "cooperative_member_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_cooperative_member_email_unique" ON "cooperative_member" ("email") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_cooperative_member_cooperative_id" ON "cooperative_member" ("cooperative_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_cooperative_member_deleted_at" ON "cooperative_member" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "cooperative_invite" add constraint "cooperative_invite_cooperative_id_foreign" foreign key ("cooperative_id") references "cooperative" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table if exists "cooperative_member" add constraint "cooperative_member_cooperative_id_foreign" foreign key ("cooperative_id") references "cooperative" ("id") on update cascade on delete set null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "cooperative_invite" drop constraint if exists "cooperative_invite_cooperative_id_foreign";`);

    this.addSql(`alter table if exists "cooperative_member" drop constraint if exists "cooperative_member_cooperative_id_foreign";`);

    this.addSql(`drop table if exists "cooperative" cascade;`);

    this.addSql(`drop table if exists "cooperative_invite" cascade;`);

    this.addSql(`drop table if exists "cooperative_member" cascade;`);
  }

}
