import { Migration } from "@medusajs/framework/mikro-orm/migrations";

/**
 * Written by hand: the schema generator knows nothing of triggers. The database itself refuses
 * to change or delete a ledger entry, so that no code path (a raw query, a script, a future
 * module method) can rewrite what a cooperative was owed. TRUNCATE is left alone on purpose:
 * it is not a row change, and test teardown empties every table with it.
 */
export class Migration20261129145100 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create or replace function "ledger_entry_refuse_change"() returns trigger language plpgsql as $$
begin
  raise exception 'ledger entries are never changed (%): record a correcting entry', tg_op
    using errcode = 'restrict_violation';
end;
$$;`);
    this.addSql(`create trigger "ledger_entry_immutable" before update or delete on "ledger_entry" for each row execute function "ledger_entry_refuse_change"();`);
    // The service checks signs with a readable error; this keeps a raw insert from breaking the rule.
    this.addSql(`alter table "ledger_entry" add constraint "ledger_entry_amount_sign" check (case when "kind" in ('sale', 'commission_refund') then "amount" > 0 else "amount" < 0 end);`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "ledger_entry" drop constraint if exists "ledger_entry_amount_sign";`);
    this.addSql(`drop trigger if exists "ledger_entry_immutable" on "ledger_entry";`);
    this.addSql(`drop function if exists "ledger_entry_refuse_change"();`);
  }

}
