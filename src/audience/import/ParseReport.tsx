'use client'

import type { CsvParseResult } from '../csv/parseAudienceCsv'
import { translate } from '../../translations'

/** Errors shown at once; the rest are counted (a broken 10 000-line file would bury the page). */
const ERRORS_SHOWN = 100

/** What reading the file found: notices, then one line per error with its line number (and column). */
export function ParseReport({ language, result }: { language: 'fr' | 'en'; result: CsvParseResult }) {
  const t = (key: Parameters<typeof translate>[1], variables?: Record<string, string | number>) => translate(language, key, variables)
  return (
    <>
      {result.notices.length > 0 ? (
        <section className="audience-import__notices" data-testid="audience-import-notices">
          <h3>{t('csvImport:noticesTitle')}</h3>
          <ul>
            {result.notices.map((notice, index) => (
              <li key={index}>{notice[language]}</li>
            ))}
          </ul>
        </section>
      ) : null}
      {result.errors.length > 0 ? (
        <section className="audience-import__errors" data-testid="audience-import-errors" role="alert">
          <h3>{t('csvImport:errorsTitle', { count: result.errors.length })}</h3>
          <ul>
            {result.errors.slice(0, ERRORS_SHOWN).map((error, index) => (
              <li key={index}>
                {t('csvImport:lineError', {
                  line: error.line,
                  message: error.column
                    ? `${t('csvImport:errorColumn', { column: error.column })} — ${error.message[language]}`
                    : error.message[language],
                })}
              </li>
            ))}
          </ul>
          {result.errors.length > ERRORS_SHOWN ? <p>{t('csvImport:moreErrors', { count: result.errors.length - ERRORS_SHOWN })}</p> : null}
        </section>
      ) : null}
    </>
  )
}
