import { categoryCode } from './categoryCode'
import { ruleMessage, violation } from './messages'
import type { Rule } from './types'

/** CAT-7: knowledge sharing names its source, a link or a reference. */
export const cat7Rule: Rule = {
  id: 'CAT-7',
  level: 'block',
  get title() {
    return ruleMessage('ruleTitles:cat7')
  },
  check(post, context) {
    if (categoryCode(post, context) !== 'CAT-7') return []
    const source = post.source?.trim() ?? ''
    if (!source) {
      return [violation(cat7Rule, 'source', ruleMessage('ruleMessages:cat7Missing'), { incomplete: true })]
    }
    if (looksLikeUrl(source) && !isWebUrl(source)) {
      return [violation(cat7Rule, 'source', ruleMessage('ruleMessages:cat7InvalidLink', { source }))]
    }
    return []
  },
}

function looksLikeUrl(source: string): boolean {
  return /^(https?\b|www\.)/i.test(source)
}

function isWebUrl(source: string): boolean {
  if (/\s/.test(source)) return false
  try {
    const url = new URL(/^www\./i.test(source) ? `https://${source}` : source)
    return (url.protocol === 'http:' || url.protocol === 'https:') && /\.[^.]+$/.test(url.hostname) && !/^https?:\/?[^/]/i.test(source)
  } catch {
    return false
  }
}
