import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261129030945 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table if not exists "provenance" ("id" text not null, "weaver_names" jsonb not null default '[]', "weaver_consent" boolean not null default false, "village" text null, "technique" text not null, "materials" text[] not null, "dye_kind" text check ("dye_kind" in ('natural', 'undyed', 'synthetic')) null, "dyes" text[] not null default '{}', "knot_density" integer null, "pile_height_mm" integer null, "width_cm" integer null, "length_cm" integer null, "work_hours" integer null, "one_of_a_kind" boolean not null default false, "made_to_order" boolean not null default false, "labels" text[] not null default '{}', "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "provenance_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_provenance_deleted_at" ON "provenance" ("deleted_at") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "provenance" cascade;`);
  }

}
