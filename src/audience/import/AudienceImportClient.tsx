'use client'

import { Button } from '@payloadcms/ui'
import { useMemo, useRef, useState } from 'react'

import { parseAudienceCsv, type CsvParseResult } from '../csv/parseAudienceCsv'
import { translate, type TranslationKey } from '../../translations'
import { commitRows, previewRows } from './api'
import { inChunks } from './chunks'
import { ParseReport } from './ParseReport'
import { PreviewTable } from './PreviewTable'
import type { CommitAnswer, PreviewAnswer, PreviewRow } from './types'
import './audienceImport.css'

/** Rows per commit request (the endpoint takes up to 500; smaller chunks move the progress bar). */
export const COMMIT_CHUNK = 200
const PREVIEW_CHUNK = 500
const PREVIEW_ROWS_SHOWN = 50
const MAX_FILE_MB = 20

type Counts = PreviewAnswer['counts']
type Stage =
  | { kind: 'idle' }
  | { kind: 'checking'; done: number }
  | { kind: 'ready'; shown: PreviewRow[]; counts: Counts }
  | { kind: 'importing'; done: number }
  | { kind: 'done'; result: Omit<CommitAnswer, 'mode'> }
  | { kind: 'stopped'; done: number; reason: string }

/** `collection`: the audience snapshots' slug (the host may have renamed it). */
export type AudienceImportClientProps = { language: 'fr' | 'en'; apiRoute: string; listHref: string; collection?: string }

/**
 * Choose or drop a CSV file → it is read here, in the browser, with the same parser the server
 * trusts → the server compares the valid rows with what is stored (preview, nothing written) →
 * « Importer » writes them in chunks of 200, with a progress bar.
 */
export function AudienceImportClient({ language, apiRoute, listHref, collection }: AudienceImportClientProps) {
  const t = (key: TranslationKey, variables?: Record<string, string | number>) => translate(language, key, variables)
  const format = useMemo(() => new Intl.NumberFormat(language === 'en' ? 'en-CA' : 'fr-CA'), [language])
  const number = (value: number) => format.format(value)
  const input = useRef<HTMLInputElement>(null)
  const [fileName, setFileName] = useState('')
  const [parsed, setParsed] = useState<CsvParseResult | null>(null)
  const [stage, setStage] = useState<Stage>({ kind: 'idle' })
  const [problem, setProblem] = useState<string | null>(null)
  const [dragging, setDragging] = useState(false)

  function reset() {
    setParsed(null)
    setFileName('')
    setProblem(null)
    setStage({ kind: 'idle' })
    if (input.current) input.current.value = ''
  }

  async function open(file: File) {
    reset()
    setFileName(file.name)
    if (file.size > MAX_FILE_MB * 1024 * 1024) {
      setProblem(t('csvImport:fileTooLarge', { size: number(Math.ceil(file.size / 1024 / 1024)), max: MAX_FILE_MB }))
      return
    }
    const result = parseAudienceCsv(new Uint8Array(await file.arrayBuffer()))
    setParsed(result)
    if (result.rows.length === 0) return
    setStage({ kind: 'checking', done: 0 })
    const counts: Counts = { create: 0, update: 0, unchanged: 0 }
    const shown: PreviewRow[] = []
    const checked = await inChunks(
      result.rows,
      PREVIEW_CHUNK,
      async (chunk) => {
        const answer = await previewRows(apiRoute, language, chunk, collection)
        for (const action of ['create', 'update', 'unchanged'] as const) counts[action] += answer.counts[action]
        shown.push(...answer.rows.slice(0, PREVIEW_ROWS_SHOWN - shown.length))
        return answer
      },
      (done) => setStage({ kind: 'checking', done }),
    )
    if (checked.error) {
      setProblem(t('csvImport:previewFailed', { reason: (checked.error as Error).message }))
      setStage({ kind: 'idle' })
      return
    }
    setStage({ kind: 'ready', shown, counts })
  }

  async function commit() {
    if (!parsed) return
    const result: Omit<CommitAnswer, 'mode'> = { created: 0, updated: 0, unchanged: 0, failed: [] }
    const sent = await inChunks(
      parsed.rows,
      COMMIT_CHUNK,
      async (chunk) => {
        const answer = await commitRows(apiRoute, language, chunk, collection)
        result.created += answer.created
        result.updated += answer.updated
        result.unchanged += answer.unchanged
        result.failed.push(...answer.failed)
        return answer
      },
      (done) => setStage({ kind: 'importing', done }),
    )
    setStage(sent.error ? { kind: 'stopped', done: sent.done, reason: (sent.error as Error).message } : { kind: 'done', result })
  }

  const total = parsed?.rows.length ?? 0
  const progress = (done: number) => (
    <div className="audience-import__progress" data-testid="audience-import-progress">
      <progress max={total} value={done} />
      <span>{t('csvImport:progress', { done: number(done), total: number(total) })}</span>
    </div>
  )

  return (
    <div className="audience-import" data-testid="audience-import">
      {stage.kind === 'idle' || stage.kind === 'ready' ? (
        <label
          className={`audience-import__drop${dragging ? ' is-dragging' : ''}`}
          onDragOver={(event) => {
            event.preventDefault()
            setDragging(true)
          }}
          onDragLeave={() => setDragging(false)}
          onDrop={(event) => {
            event.preventDefault()
            setDragging(false)
            const file = event.dataTransfer.files[0]
            if (file) void open(file)
          }}
        >
          <span>{t('csvImport:dropHere')} </span>
          <span className="audience-import__choose">{t('csvImport:chooseFile')}</span>
          <input
            ref={input}
            type="file"
            accept=".csv,.tsv,.txt,text/csv,text/plain"
            data-testid="audience-import-file"
            onChange={(event) => {
              const file = event.target.files?.[0]
              if (file) void open(file)
            }}
          />
        </label>
      ) : null}

      {problem ? (
        <p role="alert" className="audience-import__problem">
          {problem}
        </p>
      ) : null}

      {parsed ? (
        <>
          <p data-testid="audience-import-summary">
            {t('csvImport:fileSummary', {
              name: fileName,
              lines: number(parsed.dataLines),
              valid: number(parsed.rows.length),
              errors: number(parsed.errors.length),
            })}
          </p>
          <ParseReport language={language} result={parsed} />
          {parsed.rows.length === 0 ? <p role="alert">{t('csvImport:nothingValid')}</p> : null}
        </>
      ) : null}

      {stage.kind === 'checking' ? (
        <p aria-live="polite">{t('csvImport:checking', { done: number(stage.done), total: number(total) })}</p>
      ) : null}

      {stage.kind === 'ready' && parsed ? (
        <section>
          <h3>{t('csvImport:previewTitle')}</h3>
          <p data-testid="audience-import-counts">
            {t('csvImport:counts', {
              create: number(stage.counts.create),
              update: number(stage.counts.update),
              unchanged: number(stage.counts.unchanged),
            })}{' '}
            {total > stage.shown.length ? t('csvImport:previewFirst', { shown: stage.shown.length, total: number(total) }) : null}
          </p>
          <PreviewTable language={language} rows={stage.shown} number={number} />
          <p>
            {t('csvImport:importCount', { count: number(total) })}{' '}
            {parsed.errors.length > 0 ? t('csvImport:errorsSkipped', { count: number(parsed.errors.length) }) : null}
          </p>
          <Button buttonStyle="primary" onClick={commit} id="audience-import-commit">
            {t('csvImport:importButton')}
          </Button>
        </section>
      ) : null}

      {stage.kind === 'importing' ? progress(stage.done) : null}

      {stage.kind === 'stopped' ? (
        <>
          {progress(stage.done)}
          <p role="alert">{t('csvImport:stopped', { done: number(stage.done), total: number(total), reason: stage.reason })}</p>
        </>
      ) : null}

      {stage.kind === 'done' ? (
        <section data-testid="audience-import-done" aria-live="polite">
          {progress(total)}
          <h3>{t('csvImport:doneTitle')}</h3>
          <p>
            {t('csvImport:doneSummary', {
              created: number(stage.result.created),
              updated: number(stage.result.updated),
              unchanged: number(stage.result.unchanged),
            })}
          </p>
          {stage.result.failed.length > 0 ? (
            <div role="alert">
              <h4>{t('csvImport:failedTitle', { count: stage.result.failed.length })}</h4>
              <ul>
                {stage.result.failed.map((failure) => (
                  <li key={failure.line}>{failure.message}</li>
                ))}
              </ul>
            </div>
          ) : null}
        </section>
      ) : null}

      {stage.kind === 'done' || stage.kind === 'stopped' ? (
        <p className="audience-import__after">
          <Button buttonStyle="secondary" onClick={reset}>
            {t('csvImport:another')}
          </Button>
          <a href={listHref}>{t('csvImport:openList')}</a>
        </p>
      ) : null}
    </div>
  )
}
