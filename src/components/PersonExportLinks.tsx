'use client'

import { useConfig, useDocumentInfo, useTranslation } from '@payloadcms/ui'
import type { UIFieldClientComponent } from 'payload'

import { translate } from '../translations'
import { useBalisesSlugs } from './useBalisesSlugs'

/**
 * In a person's sidebar: the right of access (Law 25), as a JSON download
 * (`GET /api/people/:id/export`) and as a page (`/admin/acces-personne?person=<id>`).
 * Nothing to show while the person is being created.
 */
export const PersonExportLinks: UIFieldClientComponent = () => {
  const { id } = useDocumentInfo()
  const { i18n } = useTranslation()
  const {
    config: {
      serverURL,
      routes: { admin, api },
    },
  } = useConfig()
  const slugs = useBalisesSlugs()
  if (!id) return null
  const person = encodeURIComponent(String(id))
  return (
    <div className="field-type balises-person-export-links" style={{ display: 'grid', gap: '0.5rem' }}>
      <a href={`${serverURL}${admin}/acces-personne?person=${person}`}>{translate(i18n.language, 'personExport:openPage')}</a>
      <a href={`${serverURL}${api}/${slugs.people}/${person}/export`} download>
        {translate(i18n.language, 'personExport:downloadJson')}
      </a>
    </div>
  )
}
