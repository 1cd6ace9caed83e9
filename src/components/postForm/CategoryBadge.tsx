'use client'

import { translate } from '../../translations'
import { categoryLabel, type CategoryOption } from './categories'
import './postForm.css'

/** « ● CAT-7 · Relais d'information »: the colour dot, the code and the name in the admin's language. */
export function CategoryBadge({ category, language }: { category: CategoryOption; language: string | undefined }) {
  return (
    <span className="balises-category" data-testid="category-badge" data-code={category.code}>
      <ColorSwatch color={category.color} language={language} />
      <span className="balises-category__code">{category.code}</span>
      <span className="balises-category__separator" aria-hidden="true">
        {' · '}
      </span>
      <span className="balises-category__label">{categoryLabel(category, language)}</span>
    </span>
  )
}

/** A round swatch of a category's colour, named for screen readers. */
export function ColorSwatch({ color, language }: { color: string; language: string | undefined }) {
  return (
    <span
      className="balises-swatch"
      role="img"
      aria-label={translate(language, 'postForm:colorSwatch', { color })}
      style={{ backgroundColor: /^#[0-9a-fA-F]{6}$/.test(color) ? color : '#64748b' }}
    />
  )
}
