'use client'

import { useAuth, useConfig } from '@payloadcms/ui'
import { useCallback, useEffect, useState } from 'react'

import { codeVersionOf, hasAcceptedCurrentCode, type Acceptance } from '../../codeOfConduct/acceptance'
import { useBalisesSlugs } from '../useBalisesSlugs'

export type CodeOfConduct = { version: number; publishedAt: string | null; textFr: string; textEn: string }

/** The code of conduct in force (policy settings) and whether the signed-in person accepted it. */
export function useCodeOfConduct() {
  const { user } = useAuth()
  const {
    config: {
      serverURL,
      routes: { api },
    },
  } = useConfig()
  const slugs = useBalisesSlugs()
  const [code, setCode] = useState<CodeOfConduct | null>(null)

  useEffect(() => {
    const controller = new AbortController()
    fetch(`${serverURL}${api}/globals/${slugs.policy}?depth=0`, { credentials: 'include', signal: controller.signal })
      .then((response) => (response.ok ? response.json() : null))
      .then((policy: { codeOfConduct?: Partial<CodeOfConduct> } | null) => {
        if (!policy) return
        setCode({
          version: codeVersionOf(policy as never),
          publishedAt: policy.codeOfConduct?.publishedAt ?? null,
          textFr: policy.codeOfConduct?.textFr ?? '',
          textEn: policy.codeOfConduct?.textEn ?? '',
        })
      })
      .catch(() => undefined)
    return () => controller.abort()
  }, [serverURL, api])

  const accepted = code ? hasAcceptedCurrentCode(user as Acceptance | null, code.version) : null

  /** Records the acceptance (for oneself); resolves to an error message or null. */
  const accept = useCallback(
    async (language: string): Promise<string | null> => {
      const response = await fetch(`${serverURL}${api}/${slugs.users}/accept-code-of-conduct`, {
        method: 'POST',
        credentials: 'include',
        headers: { 'accept-language': language },
      })
      if (response.ok) return null
      const body = (await response.json().catch(() => null)) as { errors?: { message?: string }[] } | null
      return body?.errors?.map((error) => error.message).join(' ') || `HTTP ${response.status}`
    },
    [serverURL, api],
  )

  return { user, code, accepted, accept }
}
