'use client'

import { COUNT_FIELDS, type CountField } from '../csv/headers'
import { translate, type TranslationKey } from '../../translations'
import type { PreviewRow } from './types'

const FIELD_LABELS: Record<CountField, TranslationKey> = {
  followers: 'audience:followers',
  pageLikes: 'audience:pageLikes',
  reach: 'audience:reach',
  engagement: 'audience:engagement',
}

const ACTIONS: Record<PreviewRow['action'], TranslationKey> = {
  create: 'csvImport:actionCreate',
  update: 'csvImport:actionUpdate',
  unchanged: 'csvImport:actionUnchanged',
}

/** The first rows as the server compares them with what is stored: new day, update (before → after) or nothing. */
export function PreviewTable({ language, rows, number }: { language: 'fr' | 'en'; rows: PreviewRow[]; number: (value: number) => string }) {
  const t = (key: TranslationKey) => translate(language, key)
  const figure = (value: number | null) => (value === null ? '—' : number(value))
  const colon = language === 'fr' ? ' : ' : ': '
  return (
    <table className="audience-import__table" data-testid="audience-import-preview">
      <thead>
        <tr>
          <th>{t('csvImport:colLine')}</th>
          <th>{t('csvImport:colChannel')}</th>
          <th>{t('csvImport:colDate')}</th>
          <th>{t('csvImport:colFollowers')}</th>
          <th>{t('csvImport:colOther')}</th>
          <th>{t('csvImport:colAction')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.line} className={`is-${row.action}`}>
            <td>{row.line}</td>
            <td>{translate(language, `channels:${row.channel}` as TranslationKey)}</td>
            <td>{row.date}</td>
            <td>
              {row.action === 'update' && row.followers.old !== row.followers.new
                ? `${figure(row.followers.old)} → ${figure(row.followers.new)}`
                : figure(row.followers.new)}
            </td>
            <td>
              {COUNT_FIELDS.filter((field) => field !== 'followers' && row.changes[field])
                .map((field) => `${t(FIELD_LABELS[field])}${colon}${figure(row.changes[field]!.old)} → ${figure(row.changes[field]!.new)}`)
                .join(' · ')}
            </td>
            <td>
              <span className={`audience-import__action is-${row.action}`}>{t(ACTIONS[row.action])}</span>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
