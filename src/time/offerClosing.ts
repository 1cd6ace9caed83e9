import { addDays } from './days'
import { toDayInstant } from './storedDay'
import { startOfDay } from './zonedTime'

/**
 * CAT-6: when a job offer goes offline. Its closing date is a calendar day (stored at noon UTC,
 * ./storedDay.ts); the offer stays up through the whole of that day in the organisation's zone and
 * goes offline at the first moment of the next day there (midnight, or the first moment that exists
 * when a daylight-saving change skips it). Null for a value that is not a day.
 */
export function offerOfflineAt(closingDate: string, zone: string): Date | null {
  const day = toDayInstant(closingDate)?.slice(0, 10)
  return day ? startOfDay(addDays(day, 1), zone) : null
}

/** Whether, at `now`, an offer closing on `closingDate` is closed: its closing day has ended in the zone. */
export function isOfferClosed(closingDate: string | null | undefined, zone: string, now: Date): boolean {
  const offline = closingDate ? offerOfflineAt(closingDate, zone) : null
  return offline !== null && now.getTime() >= offline.getTime()
}
