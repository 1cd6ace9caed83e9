import nextEnv from '@next/env'

/** Loads .env files the way Next does, before anything reads process.env. */
export function loadEnv(root: string, dev: boolean): void {
  nextEnv.loadEnvConfig(root, dev, { info: () => {}, error: console.error })
}
