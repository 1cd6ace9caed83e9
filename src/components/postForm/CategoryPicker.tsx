'use client'

import { FieldError, useField, useTranslation } from '@payloadcms/ui'
import type { RelationshipFieldClientComponent } from 'payload'
import { useEffect, useId } from 'react'

import { translate } from '../../translations'
import { CategoryBadge } from './CategoryBadge'
import { idOf, useCategories, type CategoryOption } from './categories'
import './postForm.css'

/**
 * The post's category: one choice per category, each with its colour, its code and its name in the
 * admin's language. Picking one also writes the category's code into the form (`categoryCode`), so
 * that the fields of that category (closing date, source, organisation, position) appear at once.
 */
export const CategoryPicker: RelationshipFieldClientComponent = (props) => {
  const path = props.path ?? 'category'
  const { value, setValue, showError, errorMessage, disabled } = useField<unknown>({ path })
  const { value: code, setValue: setCode } = useField<null | string>({ path: 'categoryCode' })
  const categories = useCategories()
  const { i18n } = useTranslation()
  const language = i18n.language
  const name = useId()
  const readOnly = Boolean(props.readOnly || disabled)
  const selectedId = idOf(value)
  const chosen = categories?.find((category) => String(category.id) === String(selectedId)) ?? null

  // A code out of step with the chosen category (a category recoded since): the category decides.
  useEffect(() => {
    if (!categories || selectedId === null || !chosen) return
    if ((code ?? null) !== chosen.code) setCode(chosen.code, true)
  }, [categories, chosen, code, selectedId, setCode])

  const pick = (category: CategoryOption | null) => {
    if (readOnly) return
    setValue(category?.id ?? null)
    setCode(category?.code ?? null)
  }

  // Retired categories are offered no more, except the one the post already has.
  const offered = (categories ?? []).filter((category) => !category.retired || String(category.id) === String(selectedId))

  return (
    <div className={`field-type balises-category-picker${showError ? ' error' : ''}`} data-testid="category-picker">
      <fieldset className="balises-category-picker__set" disabled={readOnly} aria-describedby={`${name}-description`}>
        <legend className="field-label">{translate(language, 'posts:category')}</legend>
        <FieldError path={path} showError={showError} message={errorMessage} />
        {categories === null ? (
          <p className="balises-category-picker__loading">{translate(language, 'postForm:categoryLoading')}</p>
        ) : (
          <div className="balises-category-picker__options">
            {offered.map((category) => (
              <label
                key={String(category.id)}
                className={`balises-category-option${String(category.id) === String(selectedId) ? ' balises-category-option--chosen' : ''}`}
              >
                <input
                  type="radio"
                  name={name}
                  value={String(category.id)}
                  checked={String(category.id) === String(selectedId)}
                  onChange={() => pick(category)}
                />
                <CategoryBadge category={category} language={language} />
                {category.retired && (
                  <span className="balises-category-option__retired">{translate(language, 'postForm:categoryRetired')}</span>
                )}
              </label>
            ))}
            <label
              className={`balises-category-option balises-category-option--none${selectedId === null ? ' balises-category-option--chosen' : ''}`}
            >
              <input type="radio" name={name} value="" checked={selectedId === null} onChange={() => pick(null)} />
              <span>{translate(language, 'postForm:categoryNone')}</span>
            </label>
          </div>
        )}
      </fieldset>
      <div className="field-description" id={`${name}-description`}>
        {translate(language, 'posts:categoryDescription')}
      </div>
    </div>
  )
}
