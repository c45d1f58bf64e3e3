/**
 * The commission Tiwizi gives back when a delivered part is refunded in part or in full, in
 * cents: the refund's share of what is still due, applied to the commission still kept,
 * rounded to the cent (`Math.round`, half up). Because the part's `commission_total` is lowered
 * by what is given back each time, successive refunds never give back more than was taken, and
 * refunding everything still due gives back exactly the commission left.
 */
export function commissionRefundCents(refundCents: number, commissionCents: number, dueCents: number): number {
  if (dueCents <= 0 || commissionCents <= 0) return 0
  return Math.round((refundCents * commissionCents) / dueCents)
}
