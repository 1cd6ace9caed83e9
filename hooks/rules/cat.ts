import { ruleMessage, violation } from './messages'
import type { Rule } from './types'

/** CAT: exactly one category from the adopted list; none, an unknown or a retired one is refused. */
export const catRule: Rule = {
  id: 'CAT',
  level: 'block',
  get title() {
    return ruleMessage('ruleTitles:cat')
  },
  check(post, context) {
    if (post.categoryId === null) {
      return [violation(catRule, 'category', ruleMessage('ruleMessages:catMissing'), { incomplete: true })]
    }
    if (!context.category) {
      return [violation(catRule, 'category', ruleMessage('ruleMessages:catUnknown'))]
    }
    if (context.category.retired) {
      return [
        violation(
          catRule,
          'category',
          ruleMessage('ruleMessages:catRetired', {
            label: { fr: context.category.labelFr, en: context.category.labelEn },
            code: context.category.code,
          }),
        ),
      ]
    }
    return []
  },
}
