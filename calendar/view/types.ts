import type { Channel } from '../../src/channels'
import type { WorkflowStatus } from '../../src/workflow'
import type { EventDelivery } from '../deliverySummary'

/** What the calendar endpoint sends (calendar/endpoints/eventsEndpoint.ts). */
export type CalendarEventData = {
  id: number | string
  title: string
  start: string
  publishAt: string
  /** CAT-6: the offer's last day, `YYYY-MM-DD`; null for other posts. */
  closesOn: string | null
  status: WorkflowStatus
  channels: Channel[]
  category: { id: number | string; code: string; label: string; color: string } | null
  authorId: number | string | null
  movable: boolean
  /** Issue 15: one entry per network the post went to (empty when the person may not read deliveries). */
  deliveries: EventDelivery[]
}

export type RhythmData = {
  weeks: {
    week: string
    when: 'past' | 'current' | 'future'
    channels: { channel: Channel; count: number; target: number; belowTarget: boolean }[]
  }[]
  overloadedDays: { day: string; channel: Channel; count: number; max: number }[]
  summary: { channel: Channel; planned: number; scheduled: number; published: number; weeksBelowTarget: number; weeksCounted: number }[]
}

export type CalendarResponse = {
  timeZone: string
  range: { fromDay: string; toDay: string }
  events: CalendarEventData[]
  tray: CalendarEventData[]
  rhythm: RhythmData
  keyDates: { day: string; label: { fr: string; en: string }; source: string }[]
}

export type CalendarFilters = { channel: string; category: string; status: string; author: string }

export type CalendarViewProps = {
  language: 'fr' | 'en'
  timeZone: string
  apiRoute: string
  adminRoute: string
  categories: { id: number | string; code: string; label: string; color: string }[]
  authors: { id: number | string; name: string }[]
  initialView: string
  /** The view came from the address (?view=…): kept even on a phone. */
  viewChosen: boolean
  initialDate: string | null
  initialFilters: CalendarFilters
  /** Plans approved posts (responsible person, administrators). */
  canPlan: boolean
  /** Dates drafts and posts in review (staff). */
  canDate: boolean
}
