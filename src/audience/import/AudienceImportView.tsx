import type { AdminViewServerProps } from 'payload'

import { adminViewShell } from '../../components/adminView'
import { isManager } from '../../access/isManager'
import { translate } from '../../translations'
import { AudienceImportClient } from './AudienceImportClient'
import { slugsOf } from '../../slugs'

/**
 * /admin/import-audience (GOV-3): audience snapshots from a CSV file, for the responsible person and
 * administrators. The file is read in the browser; nothing is written until the person confirms.
 */
export async function AudienceImportView(props: AdminViewServerProps) {
  const { req, user, language, adminRoute, page } = adminViewShell(props, '/import-audience')
  const t = (key: Parameters<typeof translate>[1]) => translate(language, key)
  const heading = <h1>{t('csvImport:title')}</h1>
  if (!isManager(user)) {
    return page(
      <>
        {heading}
        <p role="alert">{t('csvImport:viewNotAllowed')}</p>
      </>,
    )
  }
  return page(
    <>
      {heading}
      <p>{t('csvImport:intro')}</p>
      <p>{t('csvImport:formatHelp')}</p>
      <AudienceImportClient
        language={language}
        apiRoute={req.payload.config.routes.api}
        listHref={`${adminRoute}/collections/${slugsOf(req).audienceSnapshots}`}
        collection={slugsOf(req).audienceSnapshots}
      />
    </>,
  )
}
