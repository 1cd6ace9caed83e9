'use client'

import { useRef, useState } from 'react'

type Labels = { copy: string; copied: string; fallback: string; markdown: string; print: string }

/**
 * « Copier en Markdown » and « Imprimer » (GOV-2). When the browser gives no clipboard (plain HTTP,
 * permission refused), the Markdown is shown in a selected text area to copy by hand.
 */
export function DigestActions({ markdown, labels }: { markdown: string; labels: Labels }) {
  const [state, setState] = useState<'idle' | 'copied' | 'fallback'>('idle')
  const area = useRef<HTMLTextAreaElement>(null)

  async function copy() {
    try {
      if (!navigator.clipboard?.writeText) throw new Error('no clipboard')
      await navigator.clipboard.writeText(markdown)
      setState('copied')
    } catch {
      setState('fallback')
      // Select once the area is on the page.
      setTimeout(() => area.current?.select(), 0)
    }
  }

  return (
    <div className="balises-digest__actions">
      <div className="balises-digest__buttons">
        <button type="button" className="btn btn--style-primary btn--size-small" data-testid="digest-copy-markdown" onClick={copy}>
          <span className="btn__content">
            <span className="btn__label">{labels.copy}</span>
          </span>
        </button>
        <button
          type="button"
          className="btn btn--style-secondary btn--size-small"
          data-testid="digest-print"
          onClick={() => window.print()}
        >
          <span className="btn__content">
            <span className="btn__label">{labels.print}</span>
          </span>
        </button>
      </div>
      <p role="status" aria-live="polite" className="balises-digest__status" data-testid="digest-copy-status">
        {state === 'copied' ? labels.copied : state === 'fallback' ? labels.fallback : ''}
      </p>
      {state === 'fallback' ? (
        <label className="balises-digest__fallback">
          <span>{labels.markdown}</span>
          <textarea
            ref={area}
            readOnly
            value={markdown}
            rows={16}
            data-testid="digest-markdown-fallback"
            onFocus={(event) => event.currentTarget.select()}
          />
        </label>
      ) : null}
    </div>
  )
}
