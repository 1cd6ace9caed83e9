'use client'
import { useTranslation } from '@payloadcms/ui'

import { BRAND_TEAL, MARK_DATA_URL } from '../../branding'
import { translate } from '../../translations'

function Mark({ size }: { size: number }) {
  // A data URL: nothing for next/image to optimise.
  return <img src={MARK_DATA_URL} width={size} height={size} alt="" aria-hidden="true" style={{ display: 'block', flex: 'none' }} />
}

/** The nav's icon (top of the admin's side bar and header). */
export function BalisesIcon() {
  return (
    <span data-testid="balises-icon" title="Balises" style={{ display: 'inline-flex' }}>
      <Mark size={28} />
    </span>
  )
}

/** The login page's logo: the mark, the name, and in one line what Balises is. */
export function BalisesLogo() {
  const { i18n } = useTranslation()
  return (
    <div data-testid="balises-logo" style={{ display: 'flex', alignItems: 'center', gap: 16, maxWidth: 460 }}>
      <Mark size={56} />
      <div style={{ minWidth: 0 }}>
        <div style={{ fontSize: 28, fontWeight: 700, color: BRAND_TEAL, lineHeight: 1.1 }}>Balises</div>
        <div style={{ fontSize: 14, lineHeight: 1.35, marginTop: 4, color: 'var(--theme-elevation-800)' }}>
          {translate(i18n.language, 'labels:loginTagline')}
        </div>
      </div>
    </div>
  )
}
