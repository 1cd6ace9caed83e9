import { readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { withDefaultZone } from '../../../src/policy/loadPolicy'
import { DEFAULT_TIME_ZONE } from '../../../src/time/zonedTime'

const root = path.resolve(__dirname, '../../..')
const HOST = /^src\/(app|server|build|env|seed|db)\/|^src\/(start|server|launch|dev|prepare|prepareExit|proxy|defaultLanguage)\.ts$/

function pluginFiles(dir: string): string[] {
  return readdirSync(path.join(root, dir)).flatMap((name) => {
    const relative = `${dir}/${name}`
    if (statSync(path.join(root, relative)).isDirectory()) return pluginFiles(relative)
    return /\.tsx?$/.test(name) && !HOST.test(relative) ? [relative] : []
  })
}

describe('loadPolicy', () => {
  it('applies the default zone when the policy names none', () => {
    expect(withDefaultZone({ timeZone: null, weeklyHours: 4 })).toEqual({ timeZone: DEFAULT_TIME_ZONE, weeklyHours: 4 })
    expect(withDefaultZone({ timeZone: '' }).timeZone).toBe(DEFAULT_TIME_ZONE)
    expect(withDefaultZone(null).timeZone).toBe(DEFAULT_TIME_ZONE)
    expect(withDefaultZone({ timeZone: 'America/Halifax' }).timeZone).toBe('America/Halifax')
  })

  it('is the only place the default zone is applied to the policy', () => {
    const files = ['src', 'hooks', 'calendar', 'collections'].flatMap(pluginFiles)
    const applying = files.filter((file) => /\.timeZone \|\|/.test(readFileSync(path.join(root, file), 'utf8')))
    expect(applying).toEqual(['src/policy/loadPolicy.ts'])
  })
})
