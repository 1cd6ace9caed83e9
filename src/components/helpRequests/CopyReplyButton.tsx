'use client'

import { Button } from '@payloadcms/ui'
import { useState } from 'react'

/** Copies the reply to the clipboard in one click, and says so (then tells `onCopied`, e.g. to record it as sent). */
export function CopyReplyButton({
  text,
  label,
  copiedLabel,
  testId,
  onCopied,
}: {
  text: string
  label: string
  copiedLabel: string
  testId: string
  onCopied?: () => void
}) {
  const [copied, setCopied] = useState(false)
  async function copy() {
    await navigator.clipboard.writeText(text)
    setCopied(true)
    onCopied?.()
    setTimeout(() => setCopied(false), 2500)
  }
  return (
    <Button buttonStyle="secondary" size="small" onClick={copy} id={testId}>
      {copied ? copiedLabel : label}
    </Button>
  )
}
