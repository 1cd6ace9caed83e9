import { CONFIG_CUSTOM_KEY, configOf, type ConfigSource } from './slugs'
import { DEFAULT_ROLES_FIELD } from './roles'

/** The options the running code needs, written by the plugin into `config.custom.balises`. */
export type RuntimeOptions = { rolesField: string; trustProxy: boolean }

function customOf(source: ConfigSource): Partial<RuntimeOptions> | undefined {
  return (configOf(source).custom as Record<string, Partial<RuntimeOptions> | undefined> | undefined)?.[CONFIG_CUSTOM_KEY]
}

export function runtimeOptionsOf(source: ConfigSource): RuntimeOptions {
  const custom = customOf(source)
  return { rolesField: custom?.rolesField ?? DEFAULT_ROLES_FIELD, trustProxy: custom?.trustProxy ?? false }
}
