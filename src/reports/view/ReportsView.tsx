import type { AdminViewServerProps } from 'payload'

import { adminViewShell } from '../../components/adminView'
import { translate } from '../../translations'

// STUB — replaced by the real view.
export async function ReportsView(props: AdminViewServerProps) {
  const { language, page } = adminViewShell(props, '/rapports')
  return page(<h1>{translate(language, 'reports:title')}</h1>)
}
