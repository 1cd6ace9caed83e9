import { DEFAULT_SLUGS } from '../../slugs'
import type { AudienceRowInput } from '../csv/rowSchema'
import type { CommitAnswer, ImportErrorAnswer, ImportRequest, PreviewAnswer } from './types'

/** The endpoint's translated reasons, or the HTTP status. */
async function failure(response: Response): Promise<Error> {
  const body = (await response.json().catch(() => null)) as ImportErrorAnswer | null
  return new Error(body?.errors?.map((error) => error.message).join(' · ') || `HTTP ${response.status}`)
}

async function post<Answer>(apiRoute: string, collection: string, language: string, body: ImportRequest): Promise<Answer> {
  const response = await fetch(`${apiRoute}/${collection}/import`, {
    method: 'POST',
    credentials: 'include',
    headers: { 'content-type': 'application/json', 'accept-language': language },
    body: JSON.stringify(body),
  })
  if (!response.ok) throw await failure(response)
  return (await response.json()) as Answer
}

export const previewRows = (
  apiRoute: string,
  language: string,
  rows: AudienceRowInput[],
  collection: string = DEFAULT_SLUGS.audienceSnapshots,
) => post<PreviewAnswer>(apiRoute, collection, language, { mode: 'preview', rows })

export const commitRows = (
  apiRoute: string,
  language: string,
  rows: AudienceRowInput[],
  collection: string = DEFAULT_SLUGS.audienceSnapshots,
) => post<CommitAnswer>(apiRoute, collection, language, { mode: 'commit', rows })
