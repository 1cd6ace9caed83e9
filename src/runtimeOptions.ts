import type { Payload, PayloadRequest, SanitizedConfig } from 'payload'

import { CONFIG_CUSTOM_KEY } from './slugs'
import { DEFAULT_ROLES_FIELD } from './roles'

/** The options the running code needs, written by the plugin into `config.custom.balises`. */
export type RuntimeOptions = { rolesField: string; trustProxy: boolean }

type Source = Payload | PayloadRequest | { payload: Payload } | SanitizedConfig

function customOf(source: Source): Partial<RuntimeOptions> | undefined {
  const config =
    'config' in source && source.config && 'collections' in source.config
      ? (source.config as SanitizedConfig)
      : 'payload' in source && source.payload
        ? source.payload.config
        : (source as SanitizedConfig)
  return (config.custom as Record<string, Partial<RuntimeOptions> | undefined> | undefined)?.[CONFIG_CUSTOM_KEY]
}

export function runtimeOptionsOf(source: Source): RuntimeOptions {
  const custom = customOf(source)
  return { rolesField: custom?.rolesField ?? DEFAULT_ROLES_FIELD, trustProxy: custom?.trustProxy ?? false }
}
