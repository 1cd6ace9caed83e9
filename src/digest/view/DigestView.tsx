import type { AdminViewServerProps } from 'payload'

import { adminViewShell } from '../../components/adminView'
import { translate } from '../../translations'

// STUB — replaced by the real view.
export async function DigestView(props: AdminViewServerProps) {
  const { language, page } = adminViewShell(props, '/reunion')
  return page(<h1>{translate(language, 'digest:title')}</h1>)
}
