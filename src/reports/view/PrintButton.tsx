'use client'

import { Button } from '@payloadcms/ui'

/** « Imprimer / PDF »: the browser's print dialog, where « Enregistrer au format PDF » makes the PDF. */
export function PrintButton({ label }: { label: string }) {
  return (
    <Button buttonStyle="secondary" size="medium" margin={false} onClick={() => window.print()}>
      {label}
    </Button>
  )
}
