type Id = number | string
export type TeamMember = { id: Id; name?: string | null }

/**
 * The team members a comment mentions with « @Name » (their full name, any case, not followed by
 * another letter or digit: « @Léa » does not mention « Léane »). Longest names first, so that
 * « @Marie Dubois » mentions Marie Dubois and not also a « Marie ».
 */
export function mentionedMembers(body: string, team: TeamMember[]): Id[] {
  const text = body.toLocaleLowerCase('fr')
  const named = team.filter((member) => (member.name ?? '').trim().length > 0)
  const sorted = [...named].sort((a, b) => b.name!.trim().length - a.name!.trim().length)
  const taken: [number, number][] = []
  const found: Id[] = []
  for (const member of sorted) {
    const needle = `@${member.name!.trim().toLocaleLowerCase('fr')}`
    let from = 0
    for (let at = text.indexOf(needle, from); at >= 0; at = text.indexOf(needle, from)) {
      from = at + 1
      const end = at + needle.length
      if (/[\p{L}\p{N}]/u.test(text.charAt(end))) continue
      if (taken.some(([start, stop]) => at < stop && end > start)) continue
      taken.push([at, end])
      if (!found.some((id) => String(id) === String(member.id))) found.push(member.id)
    }
  }
  return found
}
