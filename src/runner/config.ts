import * as fs from 'node:fs';
import * as path from 'node:path';

/** Per-transform options keyed by transform id, as in `perfmod.config.json`. */
export type PerfmodConfig = Record<string, Record<string, unknown>>;

/** A config file that cannot be used; the CLI reports it as a usage error. */
export class ConfigError extends Error {}

/**
 * Loads `perfmod.config.json` (JSON) or a `.js`/`.cjs`/`.mjs` module whose default export (or
 * `module.exports`) is the config object.
 */
export async function loadConfig(file: string, cwd: string = process.cwd()): Promise<PerfmodConfig> {
  const absolute = path.resolve(cwd, file);
  if (!fs.existsSync(absolute)) throw new ConfigError(`config file not found: ${file}`);
  let value: unknown;
  if (/\.json$/i.test(absolute)) {
    try {
      value = JSON.parse(fs.readFileSync(absolute, 'utf8'));
    } catch (error) {
      throw new ConfigError(`config file ${file} is not valid JSON: ${(error as Error).message}`);
    }
  } else if (/\.(c?js|mjs)$/i.test(absolute)) {
    value = await loadModule(absolute, file);
  } else {
    throw new ConfigError(`config file ${file} must end in .json, .js, .cjs or .mjs`);
  }
  if (!isPlainObject(value)) throw new ConfigError(`config file ${file} must export an object keyed by transform id`);
  return value as PerfmodConfig;
}

async function loadModule(absolute: string, shown: string): Promise<unknown> {
  try {
    if (!/\.mjs$/i.test(absolute)) {
      const loaded = require(absolute) as { default?: unknown; __esModule?: boolean };
      return loaded && loaded.__esModule && 'default' in loaded ? loaded.default : loaded;
    }
  } catch (error) {
    // An ES module in a .js file: fall through to import().
    if ((error as { code?: string }).code !== 'ERR_REQUIRE_ESM') {
      throw new ConfigError(`config file ${shown} failed to load: ${(error as Error).message}`);
    }
  }
  try {
    const { pathToFileURL } = await import('node:url');
    const loaded = (await import(pathToFileURL(absolute).href)) as { default?: unknown };
    return loaded.default ?? loaded;
  } catch (error) {
    throw new ConfigError(`config file ${shown} failed to load: ${(error as Error).message}`);
  }
}

/** Every key must name a known transform and hold an options object. */
export function validateConfig(config: unknown, knownIds: readonly string[]): PerfmodConfig {
  if (!isPlainObject(config)) throw new ConfigError('config must be an object keyed by transform id');
  for (const [key, value] of Object.entries(config)) {
    if (!knownIds.includes(key)) {
      throw new ConfigError(`config names unknown transform '${key}' (known: ${knownIds.join(', ')})`);
    }
    if (!isPlainObject(value)) throw new ConfigError(`config for '${key}' must be an object of options`);
  }
  return config as PerfmodConfig;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
