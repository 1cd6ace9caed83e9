import { violation } from './messages'
import type { Rule } from './types'

/** CAT: exactly one category from the adopted list; none, an unknown or a retired one is refused. */
export const catRule: Rule = {
  id: 'CAT',
  level: 'block',
  title: { fr: 'Une catégorie permise', en: 'An allowed category' },
  check(post, context) {
    if (post.categoryId === null) {
      return [
        violation(
          catRule,
          'category',
          {
            fr: 'choisissez une catégorie dans le champ « Catégorie » (CAT-1 à CAT-10) : toute publication doit en avoir une.',
            en: 'choose a category in the "Category" field (CAT-1 to CAT-10): every post needs one.',
          },
          { incomplete: true },
        ),
      ]
    }
    if (!context.category) {
      return [
        violation(catRule, 'category', {
          fr: 'la catégorie choisie n’existe pas (ou plus). Choisissez une catégorie de la liste dans le champ « Catégorie ».',
          en: 'the chosen category does not exist (any more). Choose a category from the list in the "Category" field.',
        }),
      ]
    }
    if (context.category.retired) {
      return [
        violation(catRule, 'category', {
          fr: `la catégorie « ${context.category.labelFr} » (${context.category.code}) est retirée. Choisissez une catégorie active dans le champ « Catégorie ».`,
          en: `the category "${context.category.labelEn}" (${context.category.code}) is retired. Choose an active category in the "Category" field.`,
        }),
      ]
    }
    return []
  },
}
