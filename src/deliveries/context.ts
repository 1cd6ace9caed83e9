/**
 * Set by server code on `req.context` for publications that must not reach the networks: the demo
 * seed's history (posts "published" before Balises was connected). A person's request cannot set it.
 */
export const WITHOUT_DELIVERIES = 'balisesWithoutDeliveries'
