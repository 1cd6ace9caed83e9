'use client'

import { useTranslation } from '@payloadcms/ui'
import type { DefaultCellComponentProps } from 'payload'

import { CategoryBadge, ColorSwatch } from './CategoryBadge'
import { idOf, useCategories } from './categories'

/** The category column of the posts list: « ● CAT-7 · Relais d'information », in the admin's language. */
export function CategoryCell({ cellData }: DefaultCellComponentProps) {
  const categories = useCategories()
  const { i18n } = useTranslation()
  const id = idOf(cellData)
  if (id === null) return null
  const category = categories?.find((candidate) => String(candidate.id) === String(id))
  if (!category) return <span className="balises-category balises-category--unknown">{categories === null ? '…' : ''}</span>
  return <CategoryBadge category={category} language={i18n.language} />
}

/** The colour column of the categories list: the swatch and the hexadecimal value. */
export function ColorCell({ cellData }: DefaultCellComponentProps) {
  const { i18n } = useTranslation()
  const color = typeof cellData === 'string' ? cellData : ''
  if (!color) return null
  return (
    <span className="balises-category">
      <ColorSwatch color={color} language={i18n.language} />
      <code className="balises-category__hex">{color}</code>
    </span>
  )
}
