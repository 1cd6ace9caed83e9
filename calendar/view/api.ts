import type { CalendarFilters, CalendarResponse } from './types'

export type MoveResult = { ok: true } | { ok: false; message: string }

async function errorMessage(response: Response): Promise<string> {
  const body = (await response.json().catch(() => null)) as { errors?: { message?: string }[] } | null
  return (
    body?.errors
      ?.map((error) => error.message)
      .filter(Boolean)
      .join(' · ') || `HTTP ${response.status}`
  )
}

export async function fetchCalendar(apiRoute: string, fromDay: string, toDay: string, filters: CalendarFilters): Promise<CalendarResponse> {
  const query = new URLSearchParams({ from: fromDay, to: toDay })
  for (const [key, value] of Object.entries(filters)) if (value) query.set(key, value)
  const response = await fetch(`${apiRoute}/calendar/events?${query}`, { credentials: 'include' })
  if (!response.ok) throw new Error(await errorMessage(response))
  return (await response.json()) as CalendarResponse
}

export async function createFeedToken(apiRoute: string): Promise<string> {
  const response = await fetch(`${apiRoute}/calendar/feed-token`, { method: 'POST', credentials: 'include' })
  if (!response.ok) throw new Error(await errorMessage(response))
  return ((await response.json()) as { url: string }).url
}

export async function revokeFeedToken(apiRoute: string): Promise<void> {
  const response = await fetch(`${apiRoute}/calendar/feed-token`, { method: 'DELETE', credentials: 'include' })
  if (!response.ok) throw new Error(await errorMessage(response))
}

export type Placement = { publishAt: string | null; workflowStatus: string }
export type PlacedResult = { ok: true; previous: Placement; publishAt: string | null } | { ok: false; message: string }

/** A drop at a chosen time; the answer carries the previous date and stage, for « Annuler ». */
export async function placePost(apiRoute: string, id: number | string, day: string, time: string): Promise<PlacedResult> {
  const response = await fetch(`${apiRoute}/calendar/move`, {
    method: 'POST',
    credentials: 'include',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ id, day, time }),
  })
  if (!response.ok) return { ok: false, message: await errorMessage(response) }
  const body = (await response.json()) as { previous: Placement; publishAt: string | null }
  return { ok: true, previous: body.previous, publishAt: body.publishAt }
}

/** « Annuler »: puts back the date and stage a move answered as previous. */
export async function undoPlacement(apiRoute: string, id: number | string, previous: Placement): Promise<MoveResult> {
  const response = await fetch(`${apiRoute}/calendar/undo`, {
    method: 'POST',
    credentials: 'include',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ id, ...previous }),
  })
  return response.ok ? { ok: true } : { ok: false, message: await errorMessage(response) }
}
