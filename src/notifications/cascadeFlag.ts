/** Set on req.context while a PRIV-3 / POS-2 cascade takes a post out of the plan (not a publication run). */
export const CASCADE_FLAG = 'balisesCascadeUnschedule'
