'use client'

import { useConfig } from '@payloadcms/ui'
import { useCallback, useEffect, useState } from 'react'

import { DEFAULT_TIME_ZONE } from '../../time/zonedTime'
import { fetchActions, takeAction, type ActionBody, type OfferedAction } from './api'
import { useBalisesSlugs } from '../useBalisesSlugs'

export type WorkflowInfo = { actions: OfferedAction[]; timeZone: string; publishAt: string | null; pendingOverride: boolean }

const EMPTY: WorkflowInfo = { actions: [], timeZone: DEFAULT_TIME_ZONE, publishAt: null, pendingOverride: false }

/** What the signed-in person may do with a post now, from the server, and how to do it. */
export function useWorkflowActions(id: number | string | null | undefined, language: string, load = true) {
  const {
    config: {
      serverURL,
      routes: { api },
    },
  } = useConfig()
  const base = `${serverURL ?? ''}${api}/${useBalisesSlugs().posts}`
  const [info, setInfo] = useState<WorkflowInfo | null>(null)

  /** `forget`: after an action, offer nothing until the server says what the new stage allows. */
  const reload = useCallback(
    async (forget = false) => {
      if (forget) setInfo(null)
      if (id === null || id === undefined || id === '') return setInfo(EMPTY)
      const answer = await fetchActions(base, id, language).catch(() => null)
      setInfo(answer ? { ...EMPTY, ...answer } : EMPTY)
    },
    [base, id, language],
  )

  useEffect(() => {
    if (load) void reload()
  }, [load, reload])

  const submit = useCallback((body: ActionBody) => takeAction(base, id!, language, body), [base, id, language])
  return { info, reload, submit }
}
