import fs from 'node:fs'
import path from 'node:path'

/** Splits a shell command line into words (quotes grouped and removed, no expansion): enough for package scripts. */
export function shellWords(line: string): string[] {
  const words: string[] = []
  let word: string | null = null
  let quote: string | null = null
  for (const char of line) {
    if (quote) {
      if (char === quote) quote = null
      else word += char
    } else if (char === '"' || char === "'") {
      quote = char
      word ??= ''
    } else if (/\s/.test(char)) {
      if (word !== null) words.push(word)
      word = null
    } else word = (word ?? '') + char
  }
  if (word !== null) words.push(word)
  return words
}

export type Project = { root: string; scripts: Record<string, string> }
type Context = Project & { seen: Set<string>; nodeOptions: string }

/**
 * What is wrong with running `words` in the project: a missing npm script, binary or file, or a
 * Payload CLI call without the flag every Payload process here needs (README: on Node 20 it can
 * stop silently).
 */
export function commandProblems(project: Project, words: string[]): string[] {
  return problemsOf({ ...project, seen: new Set(), nodeOptions: '' }, words)
}

function problemsOf(context: Context, words: string[]): string[] {
  const [program, ...rest] = words
  const line = words.join(' ')
  if (!program) return ['an empty command']
  if (program === 'npm') {
    const [verb, name] = rest
    if (verb === 'ci' || verb === 'install') return []
    if (!['start', 'test', 'run', 'run-script'].includes(verb)) return [`\`${line}\`: unexpected npm command`]
    const script = verb === 'run' || verb === 'run-script' ? name : verb
    if (!script || !(script in context.scripts)) return [`\`${line}\`: package.json has no script "${script}"`]
    if (context.seen.has(script)) return []
    context.seen.add(script)
    return scriptProblemsOf(context, context.scripts[script]).map((problem) => `npm run ${script}: ${problem}`)
  }
  if (program === 'npx') {
    const at = rest.findIndex((word) => !word.startsWith('-'))
    return at < 0 ? [`\`${line}\`: npx without a program`] : problemsOf(context, rest.slice(at))
  }
  if (program === 'cross-env') {
    const assignments = rest.filter(isAssignment)
    const nodeOptions = assignments.find((word) => word.startsWith('NODE_OPTIONS=')) ?? context.nodeOptions
    return problemsOf(
      { ...context, nodeOptions },
      rest.filter((word) => !isAssignment(word)),
    )
  }
  if (program === 'node' || program === 'tsx') {
    if (rest.some((word) => word === '-e' || word === '--eval')) return []
    const file = scriptFile(rest)
    if (!file) return [`\`${line}\`: no script file`]
    return fs.existsSync(path.join(context.root, file)) ? [] : [`\`${line}\`: ${file} does not exist`]
  }
  if (!fs.existsSync(path.join(context.root, 'node_modules', '.bin', program)))
    return [`\`${line}\`: no program "${program}" in node_modules/.bin`]
  if (program === 'payload' && !context.nodeOptions.includes('--conditions=development')) {
    return [
      `\`${line}\`: the Payload CLI without --conditions=development (on Node 20 it can stop silently); use the app's entry or \`npm run payload\``,
    ]
  }
  return []
}

const isAssignment = (word: string) => /^[A-Z_][A-Z0-9_]*=/.test(word)

/** The file a `node`/`tsx` command runs: the first word that is neither an option nor an option's value. */
function scriptFile(words: string[]): string | undefined {
  const takesValue = new Set(['--import', '--require', '-r', '--conditions', '-C', '--env-file'])
  for (let index = 0; index < words.length; index++) {
    if (takesValue.has(words[index])) index++
    else if (!words[index].startsWith('-')) return words[index]
  }
  return undefined
}

/** Problems of a shell line (a package.json script, a RUN): each `&&`/`||`/`;` part on its own. */
export function scriptProblems(project: Project, script: string): string[] {
  return scriptProblemsOf({ ...project, seen: new Set(), nodeOptions: '' }, script)
}

function scriptProblemsOf(context: Context, script: string): string[] {
  return script
    .split(/&&|\|\||;/)
    .map((part) => shellWords(part.trim()))
    .filter((words) => words.length > 0)
    .flatMap((words) => {
      const assignments = words.slice(
        0,
        Math.max(
          0,
          words.findIndex((word) => !isAssignment(word)),
        ),
      )
      const nodeOptions = assignments.find((word) => word.startsWith('NODE_OPTIONS=')) ?? context.nodeOptions
      return problemsOf({ ...context, nodeOptions }, words.slice(assignments.length))
    })
}

export type DockerInstruction = { instruction: string; args: string }

/** The Dockerfile's instructions, comments and line continuations handled. */
export function dockerInstructions(text: string): DockerInstruction[] {
  return text
    .replace(/\\\n/g, ' ')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'))
    .map((line) => {
      const [instruction, ...args] = line.split(/\s+/)
      return { instruction: instruction.toUpperCase(), args: args.join(' ') }
    })
}

/** A CMD/RUN/command in exec form (JSON array) or shell form, as words. */
export function commandWords(value: string | string[]): string[] {
  if (Array.isArray(value)) return value
  const trimmed = value.trim()
  return trimmed.startsWith('[') ? (JSON.parse(trimmed) as string[]) : shellWords(trimmed)
}

/** The environment variables a source file reads: `process.env.X`, `env.X` and `process.env['X']`. */
export function environmentReads(text: string): string[] {
  const names = new Set<string>()
  for (const match of text.matchAll(/\b(?:process\.)?env(?:\.([A-Z][A-Z0-9_]*)|\[['"]([A-Z][A-Z0-9_]*)['"]\])/g))
    names.add(match[1] ?? match[2])
  return [...names]
}

/** The names .env.example documents (set or left empty). */
export function documentedVariables(text: string): Set<string> {
  return new Set([...text.matchAll(/^([A-Z][A-Z0-9_]*)=/gm)].map((match) => match[1]))
}

export function sourceFiles(root: string, relative: string): string[] {
  const absolute = path.join(root, relative)
  if (!fs.existsSync(absolute) || /(^|\/)(node_modules|\.next)(\/|$)/.test(relative)) return []
  if (fs.statSync(absolute).isFile()) return /\.(ts|tsx|mjs|js)$/.test(relative) && !/\.test\.tsx?$/.test(relative) ? [relative] : []
  return fs.readdirSync(absolute).flatMap((name) => sourceFiles(root, path.posix.join(relative, name)))
}
