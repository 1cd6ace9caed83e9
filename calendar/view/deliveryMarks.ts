import { CHANNEL_NAMES, type Channel } from '../../src/channels'
import type { DeliveryState } from '../../src/deliveries/states'
import { translate, type TranslationKey } from '../../src/translations'
import type { EventDelivery } from '../deliverySummary'
import { CHANNEL_SHORT } from './channelShort'
import { escapeHtml } from './html'

type Language = 'fr' | 'en'

/** How the calendar draws a delivery: five marks for ten states (the words say the state itself). */
export type MarkKind = 'posted' | 'pending' | 'failed' | 'manual' | 'ended'

const KIND_OF: Record<DeliveryState, MarkKind> = {
  posted: 'posted',
  queued: 'pending',
  sending: 'pending',
  removing: 'pending',
  failed: 'failed',
  removalFailed: 'failed',
  unknown: 'failed',
  manual: 'manual',
  removed: 'ended',
  cancelled: 'ended',
}

export const MARK_SYMBOLS: Record<Exclude<MarkKind, 'pending'>, string> = { posted: '✓', failed: '✗', manual: '✎', ended: '–' }

/** ⏳ is drawn, not typed: many Linux desktops (and the test machine) have no font with an hourglass. */
export const HOURGLASS = { viewBox: '0 0 12 16', path: 'M2 1h8M2 15h8M3 1c0 4.5 6 4.5 6 7s-6 2.5-6 7M9 1c0 4.5-6 4.5-6 7s6 2.5 6 7' }

const symbolHtml = (kind: MarkKind) =>
  kind === 'pending'
    ? `<svg class="balises-hourglass" viewBox="${HOURGLASS.viewBox}" aria-hidden="true" focusable="false"><path d="${HOURGLASS.path}"/></svg>`
    : escapeHtml(MARK_SYMBOLS[kind])

export const markKindOf = (state: DeliveryState): MarkKind => KIND_OF[state]

/** « Échec — le réseau a refusé le contenu »: the state in words, with a failure's reason. */
export function deliveryStateText(delivery: EventDelivery, language: Language): string {
  const state = translate(language, `deliveries:state_${delivery.state}` as TranslationKey)
  if (!delivery.reason) return state
  return translate(language, 'calendar:deliveryStateReason', {
    state,
    reason: translate(language, `deliveries:reason_${delivery.reason}` as TranslationKey),
  })
}

/** The mark's title and accessible name: « Mastodon : Publiée — ouvrir la publication sur le réseau ». */
export function deliveryLabel(delivery: EventDelivery, language: Language): string {
  const variables = { network: CHANNEL_NAMES[delivery.network], state: deliveryStateText(delivery, language) }
  return translate(language, delivery.url ? 'calendar:deliveryOpen' : 'calendar:deliveryMark', variables)
}

/** The networks of a post that have no delivery to show (published before issue 15, or not readable). */
export function channelsWithoutDelivery(channels: readonly Channel[], deliveries: readonly EventDelivery[]): Channel[] {
  return channels.filter((channel) => !deliveries.some((delivery) => delivery.network === channel))
}

function markHtml(delivery: EventDelivery, language: Language): string {
  const kind = markKindOf(delivery.state)
  const label = escapeHtml(deliveryLabel(delivery, language))
  const attributes = `class="balises-delivery is-${kind}" data-network="${delivery.network}" data-state="${delivery.state}" title="${label}" aria-label="${label}"`
  // A no-break space: « MA ✓ » never splits across two lines.
  const inner =
    `<span class="balises-delivery__mark">${escapeHtml(CHANNEL_SHORT[delivery.network])}\u00a0${symbolHtml(kind)}</span>` +
    `<span class="balises-delivery__text">${escapeHtml(deliveryStateText(delivery, language))}</span>`
  if (delivery.url) return `<a ${attributes} href="${escapeHtml(delivery.url)}" target="_blank" rel="noopener noreferrer">${inner}</a>`
  return `<span ${attributes} role="img">${inner}</span>`
}

/**
 * Issue 15, on an event: one mark per network (« MA ✓ » with the post's link, « FB ⏳ », « BS ✗ »
 * with the reason in its title, « IG ✎ »), and « À publier à la main » once if a network waits for
 * a person. The words of each state show in the list view (calendar.css), where there is room.
 */
export function deliveryMarksHtml(deliveries: readonly EventDelivery[], language: Language): string {
  if (deliveries.length === 0) return ''
  const marks = deliveries.map((delivery) => markHtml(delivery, language)).join('')
  const manual = deliveries.some((delivery) => delivery.state === 'manual')
    ? `<span class="balises-event__manual">${escapeHtml(`${MARK_SYMBOLS.manual} ${translate(language, 'deliveries:state_manual')}`)}</span>`
    : ''
  return `<span class="balises-event__deliveries">${marks}</span>${manual}`
}
