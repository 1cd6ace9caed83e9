import { readFileSync } from 'node:fs'

export const README_SECTION = '## Use Balises in your Payload app'

/** The README's « Use Balises in your Payload app » section, up to the next `## ` heading. */
export function readmeSection(readmePath: string): string {
  const readme = readFileSync(readmePath, 'utf8')
  const start = readme.indexOf(`\n${README_SECTION}\n`)
  if (start < 0) throw new Error(`[hosts] README.md has no "${README_SECTION}" section`)
  const end = readme.indexOf('\n## ', start + README_SECTION.length + 1)
  return readme.slice(start, end < 0 ? undefined : end)
}

/** The section's first ```ts block: the host's payload.config.ts. */
export function configSnippet(section: string): string {
  const match = /```ts\n([\s\S]*?)\n```/.exec(section)
  if (!match) throw new Error('[hosts] the README section has no ```ts block')
  return `${match[1]}\n`
}

/** Option names in the snippet's `balises({ … })` call (top-level keys only). */
export function snippetOptions(snippet: string): string[] {
  const call = /balises\(\{\n([\s\S]*?)\n\s*\}\)/.exec(snippet)
  if (!call) throw new Error('[hosts] the snippet has no balises({ … }) call')
  return [...call[1].matchAll(/^ {6}(\w+):/gm)].map((match) => match[1])
}

/** Option names of the section's table (first column, in backticks). */
export function tableOptions(section: string): string[] {
  return [...section.matchAll(/^\| `(\w+)` \|/gm)].map((match) => match[1])
}
