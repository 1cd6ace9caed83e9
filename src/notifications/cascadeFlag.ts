/** Set on req.context while a PRIV-3 / POS-2 cascade takes a post out of the plan (not a publication run). */
export const CASCADE_FLAG = 'balisesCascadeUnschedule'

/** Set on req.context while the jobs queue takes a job offer offline at its closing date (CAT-6). */
export const OFFER_CLOSED_FLAG = 'balisesOfferClosed'
