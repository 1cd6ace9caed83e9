import type { AdminViewServerProps } from 'payload'

import { adminViewShell } from '../../components/adminView'
import { translate } from '../../translations'

// STUB — replaced by the real view.
export async function AudienceImportView(props: AdminViewServerProps) {
  const { language, page } = adminViewShell(props, '/import-audience')
  return page(<h1>{translate(language, 'csvImport:title')}</h1>)
}
