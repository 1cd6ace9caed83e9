'use client'

import type { EventContentArg, EventDropArg, EventInput, EventSourceFuncArg } from '@fullcalendar/core'
import type { VerboseFormattingArg } from '@fullcalendar/core/internal'
import frLocale from '@fullcalendar/core/locales/fr'
import dayGridPlugin from '@fullcalendar/daygrid'
import interactionPlugin, { Draggable, type EventReceiveArg } from '@fullcalendar/interaction'
import listPlugin from '@fullcalendar/list'
import FullCalendar from '@fullcalendar/react'
import timeGridPlugin from '@fullcalendar/timegrid'
import { useRouter } from 'next/navigation'
import { useCallback, useEffect, useMemo, useRef, useState } from 'react'

import { useBalisesSlugs } from '../../src/components/useBalisesSlugs'
import { CHANNELS } from '../../src/channels'
import { translate } from '../../src/translations'
import { WORKFLOW_STATUSES } from '../../src/workflow'
import { defaultDropTime, isPastDay, isPastDrop } from '../../src/time/dropTime'
import { toWallClock } from '../../src/time/zonedTime'
import { formatStoredDay } from '../../src/time/formatMoment'
import { formatDay, formatInstant, formatTime } from '../format'
import { fetchCalendar, placePost, undoPlacement, type Placement } from './api'
import './calendar.css'
import { DropDialog, type PendingDrop } from './DropDialog'
import { Legend } from './Legend'
import { CHANNEL_SHORT } from './channelShort'
import { channelsWithoutDelivery, deliveryMarksHtml } from './deliveryMarks'
import { escapeHtml } from './html'
import { FeedSubscription } from './FeedSubscription'
import { RhythmSummary } from './RhythmSummary'
import type { CalendarEventData, CalendarFilters, CalendarResponse, CalendarViewProps } from './types'

const WEEK_DAY_HEADER = { weekday: 'short', day: 'numeric', month: 'short' } as const
const VIEWS = { dayGridMonth: { dayHeaderFormat: { weekday: 'short' } } } as const

/** How long « Annuler » stays offered after a move. */
const UNDO_MS = 10_000
/** Below this width the calendar opens as a list. */
const NARROW_PX = 700

/** FullCalendar runs in UTC and receives wall-clock times of the policy's zone: what it shows is Toronto time, whatever the browser's zone. */
const dayOf = (date: Date) => date.toISOString().slice(0, 10)
const timeOf = (date: Date) => date.toISOString().slice(11, 16)
const two = (n: number) => String(n).padStart(2, '0')

type Notice = { kind: 'error' | 'ok'; text: string; undo?: { id: string; title: string; previous: Placement } }

export function CalendarClient(props: CalendarViewProps) {
  const {
    language,
    apiRoute,
    adminRoute,
    categories,
    authors,
    initialView,
    viewChosen,
    initialDate,
    initialFilters,
    timeZone,
    canPlan,
    canDate,
  } = props
  const router = useRouter()
  const slugs = useBalisesSlugs()
  const calendarRef = useRef<FullCalendar>(null)
  const trayRef = useRef<HTMLUListElement>(null)
  const mainRef = useRef<HTMLDivElement>(null)
  const [filters, setFilters] = useState<CalendarFilters>(initialFilters)
  const [data, setData] = useState<CalendarResponse | null>(null)
  const [message, setMessage] = useState<Notice | null>(null)
  const [pending, setPending] = useState<(PendingDrop & { revert: () => void }) | null>(null)
  const t = (key: Parameters<typeof translate>[1], variables?: Record<string, string | number>) => translate(language, key, variables)
  // 24-hour clock in both languages (FullCalendar's English default is "10a"). One function per
  // language: FullCalendar cannot compare functions, and a new one each render re-renders it all.
  const clock = useCallback(
    (arg: VerboseFormattingArg) => formatTime(`${two(arg.date.hour)}:${two(arg.date.minute)}`, language),
    [language],
  )

  const buttonText = useMemo(
    () => ({
      today: translate(language, 'tour:today'),
      month: translate(language, 'tour:month'),
      week: translate(language, 'tour:week'),
      day: translate(language, 'tour:day'),
      list: translate(language, 'tour:list'),
    }),
    [language],
  )

  const toEvent = useCallback(
    (event: CalendarEventData): EventInput => ({
      id: String(event.id),
      title: event.title,
      start: event.start,
      allDay: false,
      editable: event.movable,
      backgroundColor: event.category?.color ?? '#64748b',
      borderColor: event.category?.color ?? '#64748b',
      classNames: ['balises-event', `is-${event.status}`, event.movable ? 'is-movable' : 'is-fixed'],
      extendedProps: { data: event },
    }),
    [],
  )

  const calendarData = useRef<CalendarResponse | null>(null)
  calendarData.current = data

  const loadEvents = useCallback(
    async (info: EventSourceFuncArg, success: (events: EventInput[]) => void, failure: (error: Error) => void) => {
      try {
        const response = await fetchCalendar(apiRoute, dayOf(info.start), dayOf(info.end), filters)
        setData(response)
        success([
          ...response.events.map(toEvent),
          ...response.keyDates.map((keyDate) => ({
            start: keyDate.day,
            allDay: true,
            display: 'background',
            title: keyDate.label[language],
            classNames: ['balises-key-date'],
          })),
          ...response.rhythm.overloadedDays.map((day) => ({
            start: day.day,
            allDay: true,
            display: 'background',
            classNames: ['balises-overloaded-day'],
          })),
        ])
      } catch (error) {
        failure(error as Error)
        setMessage({ kind: 'error', text: (error as Error).message })
      }
    },
    [apiRoute, filters, language, toEvent],
  )

  // On a phone the month grid is unreadable: the list of the month, unless a view was asked for.
  useEffect(() => {
    if (viewChosen || !window.matchMedia(`(max-width: ${NARROW_PX}px)`).matches) return
    calendarRef.current?.getApi().changeView('listMonth')
  }, [viewChosen])

  // FullCalendar measures itself on window resizes only: when its column changed width after the
  // first render (seen in the English month view at 1440 px), the grid stayed narrower than its frame.
  // Only width changes count: the rhythm table loading below it changes the height.
  useEffect(() => {
    if (!mainRef.current || typeof ResizeObserver === 'undefined') return
    let width = 0
    const observer = new ResizeObserver(([entry]) => {
      if (Math.round(entry.contentRect.width) === Math.round(width)) return
      width = entry.contentRect.width
      calendarRef.current?.getApi().updateSize()
    })
    observer.observe(mainRef.current)
    return () => observer.disconnect()
  }, [])

  // The tray's posts can be dragged onto a day.
  useEffect(() => {
    if (!trayRef.current) return
    const draggable = new Draggable(trayRef.current, {
      itemSelector: '.balises-tray__item.is-movable',
      eventData: (element) => ({ id: element.dataset.id, title: element.dataset.title, duration: '00:30', create: true }),
    })
    return () => draggable.destroy()
  }, [])

  // Filters and the visible period live in the URL, so a view can be bookmarked.
  const syncUrl = useCallback(
    (next: CalendarFilters, view?: string, date?: string) => {
      const query = new URLSearchParams()
      const api = calendarRef.current?.getApi()
      query.set('view', view ?? api?.view.type ?? initialView)
      query.set('date', date ?? (api ? dayOf(api.getDate()) : (initialDate ?? '')))
      for (const [key, value] of Object.entries(next)) if (value) query.set(key, value)
      // Native history: no server round trip, and Next keeps its router in step. Only on a real
      // change: Next re-renders on every replaceState, FullCalendar reports its dates again, and
      // in the English list view that looped for ever (a frozen tab).
      const url = `${adminRoute}/calendar?${query.toString()}`
      if (`${window.location.pathname}${window.location.search}` !== url) window.history.replaceState(null, '', url)
    },
    [adminRoute, initialDate, initialView],
  )

  const setFilter = (key: keyof CalendarFilters, value: string) => {
    const next = { ...filters, [key]: value }
    setFilters(next)
    syncUrl(next)
  }
  useEffect(() => {
    calendarRef.current?.getApi().refetchEvents()
  }, [filters])

  // « Annuler » is offered for a few seconds only.
  useEffect(() => {
    if (!message?.undo) return
    const timer = window.setTimeout(
      () => setMessage((current) => (current === message ? { kind: current.kind, text: current.text } : current)),
      UNDO_MS,
    )
    return () => window.clearTimeout(timer)
  }, [message])

  const refetch = () => calendarRef.current?.getApi().refetchEvents()

  /** A drop opens the time dialog, unless the day is already over. */
  const askTime = (event: { id: string; title: string; data?: CalendarEventData }, start: Date, timed: boolean, revert: () => void) => {
    const day = dayOf(start)
    const now = new Date()
    if (isPastDay(day, timeZone, now)) {
      revert()
      setMessage({ kind: 'error', text: t('calendarDrop:pastDay', { day: formatDay(day, language) }) })
      return
    }
    const status = event.data?.status ?? trayStatus(event.id)
    const defaultTime = timed ? timeOf(start) : defaultDropTime(event.data?.publishAt || null, timeZone)
    setPending({ id: event.id, title: event.title, day, defaultTime, status, revert })
  }

  const trayStatus = (id: string) => data?.tray.find((post) => String(post.id) === id)?.status ?? 'draft'

  const onDrop = (info: EventDropArg) => {
    const timed = !info.event.allDay && info.view.type.startsWith('timeGrid')
    askTime(
      { id: info.event.id, title: info.event.title, data: info.event.extendedProps.data },
      info.event.start as Date,
      timed,
      info.revert,
    )
  }

  const onReceive = (info: EventReceiveArg) => {
    const id = info.event.id
    const title = info.event.title
    const start = info.event.start as Date
    const timed = info.view.type.startsWith('timeGrid')
    const data = (calendarData.current?.tray ?? []).find((post) => String(post.id) === id)
    info.event.remove()
    askTime({ id, title, data }, start, timed, () => undefined)
  }

  const confirmDrop = async (time: string): Promise<string | null> => {
    if (!pending) return null
    if (isPastDrop(pending.day, time, timeZone, new Date())) return t('calendarDrop:pastRefused')
    const result = await placePost(apiRoute, pending.id, pending.day, time)
    if (!result.ok) return result.message
    const { id, title } = pending
    setPending(null)
    // The tray loses the post at once; the refetch below brings the calendar in step.
    setData((current) => (current ? { ...current, tray: current.tray.filter((post) => String(post.id) !== id) } : current))
    setMessage({
      kind: 'ok',
      text: t('calendarDrop:moved', { title, when: formatInstant(result.publishAt, timeZone, language) }),
      undo: { id, title, previous: result.previous },
    })
    refetch()
    return null
  }

  const cancelDrop = () => {
    pending?.revert()
    setPending(null)
  }

  const undo = async (target: NonNullable<Notice['undo']>) => {
    const result = await undoPlacement(apiRoute, target.id, target.previous)
    setMessage(
      result.ok ? { kind: 'ok', text: t('calendarDrop:undone', { title: target.title }) } : { kind: 'error', text: result.message },
    )
    refetch()
  }

  // Plain HTML, not a React tree per event: with hundreds of posts in a month, React portals made
  // the first render several times slower (bench:render).
  const renderEvent = (arg: EventContentArg) => {
    const event = arg.event.extendedProps.data as CalendarEventData | undefined
    if (!event) return { html: escapeHtml(arg.event.title) }
    // A network with a delivery is named by its mark below, not twice.
    const deliveries = event.deliveries ?? []
    const undelivered = channelsWithoutDelivery(event.channels, deliveries).map((channel) => CHANNEL_SHORT[channel])
    const meta = [undelivered.join(' '), t(`workflow:${event.status}`)].filter(Boolean).join(' · ')
    const handle = event.movable ? '<span class="balises-event__handle" aria-hidden="true">⠿</span>' : ''
    const hint = event.movable ? '' : ` title="${escapeHtml(t('calendarDrop:notMovableHint'))}"`
    // CAT-6: the offer's span, from its publication (the event) to its closing day.
    const closes = event.closesOn
      ? `<span class="balises-event__closes" data-closes-on="${escapeHtml(event.closesOn)}">${escapeHtml(t('calendar:closesOn', { date: formatStoredDay(event.closesOn, language) }))}</span>`
      : ''
    return {
      html:
        `<div class="balises-event__body" data-post-id="${escapeHtml(String(event.id))}" data-status="${event.status}" data-movable="${event.movable}"${hint}>` +
        `<span class="balises-event__time">${handle}${escapeHtml(arg.timeText)}</span> <strong class="balises-event__title">${escapeHtml(event.title)}</strong>` +
        `<span class="balises-event__meta">${escapeHtml(meta)}</span>${deliveryMarksHtml(deliveries, language)}${closes}</div>`,
    }
  }

  return (
    <div className="balises-calendar" data-testid="balises-calendar">
      <header className="balises-calendar__header">
        <h1>{t('calendar:title')}</h1>
        <p className="balises-calendar__zone">{t('calendar:zoneNote', { zone: timeZone })}</p>
      </header>
      <div className="balises-calendar__filters" role="group" aria-label={t('calendar:filters')}>
        <label>
          {t('posts:channel')}
          <select value={filters.channel} onChange={(event) => setFilter('channel', event.target.value)} name="channel">
            <option value="">{t('calendar:all')}</option>
            {CHANNELS.map((channel) => (
              <option key={channel} value={channel}>
                {t(`channels:${channel}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('posts:category')}
          <select value={filters.category} onChange={(event) => setFilter('category', event.target.value)} name="category">
            <option value="">{t('calendar:all')}</option>
            {categories.map((category) => (
              <option key={category.id} value={String(category.id)}>
                {category.code} — {category.label}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('posts:workflowStatus')}
          <select value={filters.status} onChange={(event) => setFilter('status', event.target.value)} name="status">
            <option value="">{t('calendar:all')}</option>
            {WORKFLOW_STATUSES.map((status) => (
              <option key={status} value={status}>
                {t(`workflow:${status}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('posts:author')}
          <select value={filters.author} onChange={(event) => setFilter('author', event.target.value)} name="author">
            <option value="">{t('calendar:all')}</option>
            {authors.map((author) => (
              <option key={author.id} value={String(author.id)}>
                {author.name}
              </option>
            ))}
          </select>
        </label>
      </div>
      {message && (
        <p
          className={`balises-calendar__message is-${message.kind}`}
          role={message.kind === 'error' ? 'alert' : 'status'}
          data-testid="calendar-message"
        >
          {message.text}
          {message.undo && (
            <button type="button" className="balises-calendar__undo" onClick={() => undo(message.undo!)} data-testid="calendar-undo">
              {t('calendarDrop:undo')}
            </button>
          )}
        </p>
      )}
      {pending && <DropDialog drop={pending} language={language} timeZone={timeZone} onConfirm={confirmDrop} onCancel={cancelDrop} />}
      <div className="balises-calendar__layout">
        <aside className="balises-tray" aria-labelledby="balises-tray-title">
          <h3 id="balises-tray-title">{t('calendar:trayTitle')}</h3>
          <p className="balises-tray__help">
            {t(canPlan ? 'calendar:trayHelp' : canDate ? 'calendarDrop:trayHelpWriter' : 'calendarDrop:trayHelpReader')}
          </p>
          <ul ref={trayRef} data-testid="calendar-tray">
            {(data?.tray ?? []).map((post) => (
              <li
                key={post.id}
                className={`balises-tray__item ${post.movable ? 'is-movable' : 'is-fixed'}`}
                data-id={String(post.id)}
                data-title={post.title}
                data-movable={String(post.movable)}
                title={post.movable ? undefined : t('calendarDrop:notMovableHint')}
                style={{ borderLeftColor: post.category?.color ?? '#64748b' }}
              >
                <strong>
                  {post.movable && (
                    <span className="balises-tray__handle" aria-hidden="true">
                      ⠿{' '}
                    </span>
                  )}
                  {post.title}
                </strong>
                <span>
                  {post.category?.code ?? '—'} · {t(`workflow:${post.status}`)}
                </span>
              </li>
            ))}
            {data && data.tray.length === 0 && <li className="balises-tray__empty">{t('calendar:trayEmpty')}</li>}
          </ul>
          <Legend language={language} categories={categories} />
          <FeedSubscription apiRoute={apiRoute} language={language} />
        </aside>
        <div className="balises-calendar__main" ref={mainRef}>
          <FullCalendar
            ref={calendarRef}
            plugins={[dayGridPlugin, timeGridPlugin, listPlugin, interactionPlugin]}
            initialView={initialView}
            initialDate={initialDate ?? undefined}
            timeZone="UTC"
            // « Today » is the policy zone's day, read like every event as a UTC wall clock.
            now={() => toWallClock(new Date(), timeZone)}
            locales={[frLocale]}
            locale={language === 'en' ? 'en' : 'fr'}
            // FullCalendar's English buttons are lower-case (« today », « month ») and its French
            // list button reads « Planning »: both languages say the same thing, capitalised.
            buttonText={buttonText}
            allDayText={t('tour:allDay')}
            noEventsText={t('tour:noEvents')}
            // The list view's column headings, read by screen readers (FullCalendar's French has none).
            timeHint={t('tour:listTime')}
            eventHint={t('tour:listEvent')}
            firstDay={1}
            contentHeight={780}
            headerToolbar={{ left: 'prev,next today', center: 'title', right: 'dayGridMonth,timeGridWeek,listMonth' }}
            editable={canDate}
            droppable={canDate}
            eventDurationEditable={false}
            eventDisplay="block"
            defaultTimedEventDuration="01:00"
            eventTimeFormat={clock}
            slotLabelFormat={clock}
            dayHeaderFormat={WEEK_DAY_HEADER}
            views={VIEWS}
            slotDuration="00:30:00"
            dayMaxEvents={4}
            slotMinTime="07:00:00"
            slotMaxTime="22:00:00"
            events={loadEvents}
            eventContent={renderEvent}
            eventDrop={onDrop}
            eventReceive={onReceive}
            eventClick={(info) => {
              if (!info.event.id) return
              // A delivery's link opens the post on its network; the rest of the event opens the post here.
              const target = info.jsEvent.target
              const link = target instanceof Element ? target.closest<HTMLAnchorElement>('a.balises-delivery') : null
              if (link) {
                // A click follows the link itself; Enter reaches FullCalendar's handler, which stops it.
                if (info.jsEvent.type !== 'click') window.open(link.href, '_blank', 'noopener,noreferrer')
                return
              }
              info.jsEvent.preventDefault()
              router.push(`${adminRoute}/collections/${slugs.posts}/${info.event.id}`)
            }}
            datesSet={(info) => syncUrl(filters, info.view.type, dayOf(info.view.calendar.getDate()))}
          />
          <RhythmSummary rhythm={data?.rhythm ?? null} language={language} />
        </div>
      </div>
    </div>
  )
}
