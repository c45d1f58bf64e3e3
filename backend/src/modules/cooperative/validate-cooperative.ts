import { MedusaError } from "@medusajs/framework/utils"

/** The fields of a cooperative whose values the service checks; absent ones are left to the database. */
export type CooperativeRuleFields = {
  handle?: string | null
  founded_year?: number | null
  member_count?: number | null
  women_member_count?: number | null
  women_led?: boolean | null
  bank_rib?: string | null
}

const FIRST_FOUNDING_YEAR = 1900
// Lower-case words joined by single hyphens: handles go into URLs and login addresses.
const HANDLE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/
// A Moroccan RIB is 24 digits: bank, city, account number and a two-digit key.
const RIB = /^\d{24}$/

function invalid(message: string): never {
  throw new MedusaError(MedusaError.Types.INVALID_DATA, message)
}

/**
 * Throws INVALID_DATA, naming the field, when a cooperative's values break the marketplace's
 * rules. Called with the record as it would be after the write, so rules that span fields hold
 * for partial updates too.
 */
export function assertValidCooperative(cooperative: CooperativeRuleFields, today = new Date()): void {
  const { handle, founded_year, member_count, women_member_count, women_led, bank_rib } = cooperative
  if (handle != null && !HANDLE.test(handle)) {
    invalid(`handle must be lower-case letters and digits joined by hyphens, got "${handle}"`)
  }
  const thisYear = today.getFullYear()
  if (founded_year != null && (!Number.isInteger(founded_year) || founded_year < FIRST_FOUNDING_YEAR || founded_year > thisYear)) {
    invalid(`founded_year must be a year between ${FIRST_FOUNDING_YEAR} and ${thisYear}, got ${founded_year}`)
  }
  if (member_count != null && (!Number.isInteger(member_count) || member_count < 1)) {
    invalid(`member_count must be a whole number of at least 1, got ${member_count}`)
  }
  if (women_member_count != null) {
    if (!Number.isInteger(women_member_count) || women_member_count < 0) {
      invalid(`women_member_count must be a whole number of at least 0, got ${women_member_count}`)
    }
    if (member_count != null && women_member_count > member_count) {
      invalid(`women_member_count (${women_member_count}) cannot exceed member_count (${member_count})`)
    }
  }
  if (women_led && !women_member_count) {
    invalid("women_led requires women_member_count of at least 1")
  }
  if (bank_rib != null && !RIB.test(bank_rib)) {
    invalid("bank_rib must be the 24 digits of a Moroccan RIB, without spaces")
  }
}
