import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';

/**
 * The Prisma client for the N+1 tests is generated, never committed: `prisma generate` into
 * `node_modules/.cache/perfmod-prisma/<hash of schema and prisma version>/client`. With
 * `PRISMA_SCHEMA_ENGINE_BINARY=/bin/true` the generator needs no download, so this works
 * offline on a clean clone after `npm ci`. Generated once (jest globalSetup, or the benchmark),
 * into a temporary folder renamed into place, so concurrent callers never see half a client.
 */

const ROOT = path.resolve(__dirname, '..', '..', '..');
const SCHEMA = path.join(__dirname, 'prisma', 'schema.prisma');
const CACHE = path.join(ROOT, 'node_modules', '.cache', 'perfmod-prisma');

function clientDir(): string {
  const version = JSON.parse(fs.readFileSync(path.join(ROOT, 'node_modules', 'prisma', 'package.json'), 'utf8')).version;
  const hash = createHash('sha256').update(fs.readFileSync(SCHEMA)).update(version).digest('hex').slice(0, 16);
  return path.join(CACHE, hash);
}

/** Generates the client when it is missing; returns the folder to `require`. */
export function ensurePrismaClient(): string {
  const dir = clientDir();
  const client = path.join(dir, 'client');
  if (fs.existsSync(path.join(client, 'index.js'))) return client;
  fs.mkdirSync(CACHE, { recursive: true });
  // Inside node_modules, so the generator and the client resolve @prisma/client from the project.
  const work = fs.mkdtempSync(`${dir}.tmp-`);
  fs.copyFileSync(SCHEMA, path.join(work, 'schema.prisma'));
  execFileSync(process.execPath, [require.resolve('prisma/build/index.js'), 'generate', '--schema', path.join(work, 'schema.prisma')], {
    cwd: ROOT,
    env: { ...process.env, PRISMA_SCHEMA_ENGINE_BINARY: '/bin/true', PRISMA_HIDE_UPDATE_MESSAGE: '1', CHECKPOINT_DISABLE: '1' },
    stdio: 'pipe',
  });
  try {
    fs.renameSync(work, dir);
  } catch (error) {
    // Another process won the race: its client is the same.
    if (!fs.existsSync(path.join(client, 'index.js'))) throw error;
    fs.rmSync(work, { recursive: true, force: true });
  }
  return client;
}
