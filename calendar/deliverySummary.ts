import { CHANNELS, type Channel } from '../src/channels'
import { DELIVERY_STATES, FAILURE_REASONS, type DeliveryFailureReason, type DeliveryState } from '../src/deliveries/states'

/** A delivery as the events endpoint reads it (`depth: 0`, a few fields). */
export type DeliveryRow = {
  post?: unknown
  network?: string | null
  state?: string | null
  failureReason?: string | null
  remoteUrl?: string | null
}

/**
 * What an event of the calendar says of one network (issue 15): its state; the reason code of a
 * failure; the public link of a post that went out. Never a remote ID or the network's own words.
 */
export type EventDelivery = {
  network: Channel
  state: DeliveryState
  reason?: DeliveryFailureReason
  url?: string
}

/**
 * When a network has several deliveries (two accounts, or a post published again after a takedown),
 * the one shown is the first of this order: what needs a person, then what is under way, then what is done.
 */
const SHOWN_FIRST: readonly DeliveryState[] = [
  'failed',
  'removalFailed',
  'unknown',
  'manual',
  'queued',
  'sending',
  'removing',
  'posted',
  'removed',
  'cancelled',
]

const FAILURE_STATES: readonly DeliveryState[] = ['failed', 'removalFailed', 'unknown']

const isChannel = (value: unknown): value is Channel => (CHANNELS as readonly unknown[]).includes(value)
const isState = (value: unknown): value is DeliveryState => (DELIVERY_STATES as readonly unknown[]).includes(value)
const isReason = (value: unknown): value is DeliveryFailureReason => (FAILURE_REASONS as readonly unknown[]).includes(value)

/** Only a web address may become a link in the calendar (a stored value is never trusted as markup). */
function webAddress(value: string | null | undefined): string | undefined {
  if (!value) return undefined
  try {
    const url = new URL(value)
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined
  } catch {
    return undefined
  }
}

function toEventDelivery(row: DeliveryRow & { network: Channel; state: DeliveryState }): EventDelivery {
  const delivery: EventDelivery = { network: row.network, state: row.state }
  if (FAILURE_STATES.includes(row.state) && isReason(row.failureReason)) delivery.reason = row.failureReason
  const url = row.state === 'posted' ? webAddress(row.remoteUrl) : undefined
  if (url) delivery.url = url
  return delivery
}

/** One entry per network, in the networks' usual order; rows of an unknown network or state are left out. */
export function summariseDeliveries(rows: readonly DeliveryRow[]): EventDelivery[] {
  const shown = new Map<Channel, DeliveryRow & { network: Channel; state: DeliveryState }>()
  for (const row of rows) {
    const { network, state } = row
    if (!isChannel(network) || !isState(state)) continue
    const current = shown.get(network)
    if (!current || SHOWN_FIRST.indexOf(state) < SHOWN_FIRST.indexOf(current.state)) shown.set(network, { ...row, network, state })
  }
  return CHANNELS.filter((channel) => shown.has(channel)).map((channel) => toEventDelivery(shown.get(channel)!))
}

const postIdOf = (post: unknown): string | null => {
  if (typeof post === 'number' || typeof post === 'string') return String(post)
  if (post && typeof post === 'object' && 'id' in post) return String((post as { id: unknown }).id)
  return null
}

/** The deliveries of many posts read at once, summarised per post (keyed by the post's id as a string). */
export function deliveriesByPost(rows: readonly DeliveryRow[]): Map<string, EventDelivery[]> {
  const byPost = new Map<string, DeliveryRow[]>()
  for (const row of rows) {
    const id = postIdOf(row.post)
    if (id === null) continue
    byPost.set(id, [...(byPost.get(id) ?? []), row])
  }
  return new Map([...byPost].map(([id, postRows]) => [id, summariseDeliveries(postRows)]))
}
