'use client'

import type { EventContentArg, EventDropArg, EventInput, EventSourceFuncArg } from '@fullcalendar/core'
import frLocale from '@fullcalendar/core/locales/fr'
import dayGridPlugin from '@fullcalendar/daygrid'
import interactionPlugin, { Draggable, type EventReceiveArg } from '@fullcalendar/interaction'
import listPlugin from '@fullcalendar/list'
import FullCalendar from '@fullcalendar/react'
import timeGridPlugin from '@fullcalendar/timegrid'
import { useRouter } from 'next/navigation'
import { useCallback, useEffect, useRef, useState } from 'react'

import { CHANNELS } from '../../src/channels'
import { translate } from '../../src/translations'
import { WORKFLOW_STATUSES } from '../../src/workflow'
import { fetchCalendar, movePost } from './api'
import './calendar.css'
import { FeedSubscription } from './FeedSubscription'
import { RhythmSummary } from './RhythmSummary'
import type { CalendarEventData, CalendarFilters, CalendarResponse, CalendarViewProps } from './types'

const MOVABLE = new Set(['draft', 'in_review', 'approved', 'scheduled', 'unscheduled'])
const CHANNEL_SHORT: Record<string, string> = { facebook: 'FB', instagram: 'IG', x: 'X', linkedin: 'IN', bluesky: 'BS', mastodon: 'MA' }

/** FullCalendar runs in UTC and receives wall-clock times of the policy's zone: what it shows is Toronto time, whatever the browser's zone. */
const dayOf = (date: Date) => date.toISOString().slice(0, 10)
const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (character) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[character] as string)
const timeOf = (date: Date) => date.toISOString().slice(11, 16)

export function CalendarClient(props: CalendarViewProps) {
  const { language, apiRoute, adminRoute, categories, authors, initialView, initialDate, initialFilters, timeZone } = props
  const router = useRouter()
  const calendarRef = useRef<FullCalendar>(null)
  const trayRef = useRef<HTMLUListElement>(null)
  const [filters, setFilters] = useState<CalendarFilters>(initialFilters)
  const [data, setData] = useState<CalendarResponse | null>(null)
  const [message, setMessage] = useState<{ kind: 'error' | 'ok'; text: string } | null>(null)
  const t = (key: Parameters<typeof translate>[1], variables?: Record<string, string | number>) => translate(language, key, variables)

  const toEvent = useCallback(
    (event: CalendarEventData): EventInput => ({
      id: String(event.id),
      title: event.title,
      start: event.start,
      allDay: false,
      editable: MOVABLE.has(event.status),
      backgroundColor: event.category?.color ?? '#64748b',
      borderColor: event.category?.color ?? '#64748b',
      classNames: [`balises-event`, `is-${event.status}`],
      extendedProps: { data: event },
    }),
    [],
  )

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

  // The tray's posts can be dragged onto a day.
  useEffect(() => {
    if (!trayRef.current) return
    const draggable = new Draggable(trayRef.current, {
      itemSelector: '.balises-tray__item',
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
      // Native history: no server round trip, and Next keeps its router in step.
      window.history.replaceState(null, '', `${adminRoute}/calendar?${query.toString()}`)
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

  const report = (result: { ok: true } | { ok: false; message: string }, okText: string) => {
    setMessage(result.ok ? { kind: 'ok', text: okText } : { kind: 'error', text: result.message })
  }

  const onDrop = async (info: EventDropArg) => {
    const timed = !info.event.allDay && info.view.type.startsWith('timeGrid')
    const start = info.event.start as Date
    const result = await movePost(apiRoute, info.event.id, dayOf(start), timed ? timeOf(start) : undefined)
    if (!result.ok) info.revert()
    report(result, t('calendar:moved', { title: info.event.title, day: dayOf(start) }))
    if (result.ok) calendarRef.current?.getApi().refetchEvents()
  }

  const onReceive = async (info: EventReceiveArg) => {
    const start = info.event.start as Date
    const timed = info.view.type.startsWith('timeGrid')
    const id = info.event.id
    info.event.remove()
    const result = await movePost(apiRoute, id, dayOf(start), timed ? timeOf(start) : undefined)
    report(result, t('calendar:moved', { title: info.event.title, day: dayOf(start) }))
    calendarRef.current?.getApi().refetchEvents()
  }

  // Plain HTML, not a React tree per event: with hundreds of posts in a month, React portals made
  // the first render several times slower (bench:render).
  const renderEvent = (arg: EventContentArg) => {
    const event = arg.event.extendedProps.data as CalendarEventData | undefined
    if (!event) return { html: escapeHtml(arg.event.title) }
    const meta = `${event.channels.map((channel) => CHANNEL_SHORT[channel]).join(' ')} · ${t(`workflow:${event.status}`)}`
    return {
      html:
        `<div class="balises-event__body" data-post-id="${escapeHtml(String(event.id))}" data-status="${event.status}">` +
        `<span class="balises-event__time">${escapeHtml(arg.timeText)}</span> <strong>${escapeHtml(event.title)}</strong>` +
        `<span class="balises-event__meta">${escapeHtml(meta)}</span></div>`,
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
        <p className={`balises-calendar__message is-${message.kind}`} role={message.kind === 'error' ? 'alert' : 'status'} data-testid="calendar-message">
          {message.text}
        </p>
      )}
      <div className="balises-calendar__layout">
        <aside className="balises-tray" aria-labelledby="balises-tray-title">
          <h3 id="balises-tray-title">{t('calendar:trayTitle')}</h3>
          <p className="balises-tray__help">{t('calendar:trayHelp')}</p>
          <ul ref={trayRef} data-testid="calendar-tray">
            {(data?.tray ?? []).map((post) => (
              <li
                key={post.id}
                className="balises-tray__item"
                data-id={String(post.id)}
                data-title={post.title}
                style={{ borderLeftColor: post.category?.color ?? '#64748b' }}
              >
                <strong>{post.title}</strong>
                <span>
                  {post.category?.code ?? '—'} · {t(`workflow:${post.status}`)}
                </span>
              </li>
            ))}
            {data && data.tray.length === 0 && <li className="balises-tray__empty">{t('calendar:trayEmpty')}</li>}
          </ul>
          <FeedSubscription apiRoute={apiRoute} language={language} />
        </aside>
        <div className="balises-calendar__main">
          <FullCalendar
            ref={calendarRef}
            plugins={[dayGridPlugin, timeGridPlugin, listPlugin, interactionPlugin]}
            initialView={initialView}
            initialDate={initialDate ?? undefined}
            timeZone="UTC"
            locales={[frLocale]}
            locale={language === 'en' ? 'en' : 'fr'}
            firstDay={1}
            contentHeight={780}
            headerToolbar={{ left: 'prev,next today', center: 'title', right: 'dayGridMonth,timeGridWeek,listMonth' }}
            editable
            droppable
            eventDurationEditable={false}
            eventDisplay="block"
            defaultTimedEventDuration="01:00"
            dayMaxEvents={4}
            slotMinTime="07:00:00"
            slotMaxTime="22:00:00"
            events={loadEvents}
            eventContent={renderEvent}
            eventDrop={onDrop}
            eventReceive={onReceive}
            eventClick={(info) => {
              if (!info.event.id) return
              info.jsEvent.preventDefault()
              router.push(`${adminRoute}/collections/posts/${info.event.id}`)
            }}
            datesSet={(info) => syncUrl(filters, info.view.type, dayOf(info.view.calendar.getDate()))}
          />
          <RhythmSummary rhythm={data?.rhythm ?? null} language={language} />
        </div>
      </div>
    </div>
  )
}
