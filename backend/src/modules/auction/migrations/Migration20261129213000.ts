import { Migration } from "@medusajs/framework/mikro-orm/migrations";

/**
 * Written by hand: the schema generator knows nothing of triggers. The database itself refuses
 * to change or delete an accepted bid, so that no code path (a raw query, a script, a future
 * module method) can rewrite an auction's history. A lot with bids can therefore not be
 * deleted either (its bids would go with it): staff cancel it instead. TRUNCATE is left alone
 * on purpose: it is not a row change, and test teardown empties every table with it.
 */
export class Migration20261129213000 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create or replace function "auction_bid_refuse_change"() returns trigger language plpgsql as $$
begin
  raise exception 'auction bids are never changed (%)', tg_op
    using errcode = 'restrict_violation';
end;
$$;`);
    this.addSql(`create trigger "auction_bid_immutable" before update or delete on "auction_bid" for each row execute function "auction_bid_refuse_change"();`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop trigger if exists "auction_bid_immutable" on "auction_bid";`);
    this.addSql(`drop function if exists "auction_bid_refuse_change"();`);
  }

}
