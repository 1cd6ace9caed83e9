import { categoryCode } from './categoryCode'
import { violation } from './messages'
import type { Rule } from './types'

/** CAT-7: knowledge sharing names its source, a link or a reference. */
export const cat7Rule: Rule = {
  id: 'CAT-7',
  level: 'block',
  title: { fr: 'Un partage de connaissances cite sa source', en: 'Knowledge sharing cites its source' },
  check(post, context) {
    if (categoryCode(post, context) !== 'CAT-7') return []
    const source = post.source?.trim() ?? ''
    if (!source) {
      return [
        violation(
          cat7Rule,
          'source',
          {
            fr: 'un partage de connaissances doit citer sa source. Indiquez un lien ou une référence (titre, auteur, formation) dans le champ « Source (lien ou référence) ».',
            en: 'knowledge sharing must cite its source. Enter a link or a reference (title, author, training) in the "Source (link or reference)" field.',
          },
          { incomplete: true },
        ),
      ]
    }
    if (looksLikeUrl(source) && !isWebUrl(source)) {
      return [
        violation(cat7Rule, 'source', {
          fr: `la source « ${source} » ressemble à un lien, mais ce n’est pas une adresse web valide. Corrigez-la (par exemple https://exemple.org/article) ou écrivez plutôt une référence.`,
          en: `the source "${source}" looks like a link but is not a valid web address. Fix it (e.g. https://example.org/article) or write a reference instead.`,
        }),
      ]
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
