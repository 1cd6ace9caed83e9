/** An account's state as the last call to its network left it. Only `reconnect` stops deliveries. */
export const HEALTH_STATES = ['unchecked', 'ok', 'reconnect', 'rateLimited', 'unreachable'] as const
export type HealthState = (typeof HEALTH_STATES)[number]
