/**
 * Set by server code on `req.context` for publications that must not reach the networks: the demo
 * seed's history (posts "published" before Balises was connected). A person's request cannot set it.
 */
export const WITHOUT_DELIVERIES = 'balisesWithoutDeliveries'

/**
 * Set by server code on `req.context` while it appends a delivery event to a post's history
 * (src/deliveries/postHistory.ts): that save changes nothing else, so the rules do not run again.
 */
export const POST_HISTORY_EVENT = 'balisesPostHistoryEvent'
