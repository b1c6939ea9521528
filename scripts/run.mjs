#!/usr/bin/env node
/**
 * Runs one of the project's TypeScript entry points with plain Node: `node scripts/run.mjs scripts/seed.ts [args]`.
 *
 * The entry and our own modules are bundled by esbuild into one ES module (packages stay imports from
 * node_modules), which Node then imports like any file. No loader hooks take part: under tsx, CLIs
 * exited 13 with no output in about half the runs on Node 20 (an import left pending by its loader).
 */
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const OUT_DIR = path.join(REPO_ROOT, 'node_modules', '.cache', 'linli-run')
/** Not inputs of the bundle, but they decide how it is made (this file) and how packages resolve (the lock file). */
const ALWAYS_CHECKED = [fileURLToPath(import.meta.url), path.join(REPO_ROOT, 'package-lock.json'), path.join(REPO_ROOT, 'tsconfig.json')]

/**
 * Bundled code would see the bundle's own location in `import.meta`; every module of ours is given
 * back its source file's, so paths it computes from it (repository root, migrations folder) still hold.
 */
const sourceLocation = {
  name: 'source-location',
  setup(b) {
    b.onLoad({ filter: /\.(ts|tsx|mts)$/ }, async (args) => {
      if (args.path.includes(`${path.sep}node_modules${path.sep}`)) return undefined
      const source = await fs.promises.readFile(args.path, 'utf8')
      const contents = source
        .replaceAll('import.meta.url', JSON.stringify(pathToFileURL(args.path).href))
        .replaceAll('import.meta.dirname', JSON.stringify(path.dirname(args.path)))
        .replaceAll('import.meta.filename', JSON.stringify(args.path))
      return { contents, loader: args.path.endsWith('x') ? 'tsx' : 'ts' }
    })
  },
}

/**
 * Packages stay imports, but Node's ES module loader wants the file extension where a package has no
 * `exports` map (`next/cache` is `next/cache.js` to it; bundlers and tsx add it themselves).
 */
const nodeSpecifiers = {
  name: 'node-specifiers',
  setup(b) {
    b.onResolve({ filter: /^(@[^/]+\/)?[^./][^/]*\/.+/ }, (args) => {
      if (args.kind !== 'import-statement' && args.kind !== 'dynamic-import' && args.kind !== 'require-call') return undefined
      const name = args.path.split('/').slice(0, args.path.startsWith('@') ? 2 : 1).join('/')
      if (name === '@' || args.path.startsWith('@/') || args.path === '@payload-config') return undefined
      const require = createRequire(args.importer || path.join(REPO_ROOT, 'package.json'))
      let manifest
      try {
        manifest = require(`${name}/package.json`)
      } catch {
        return { path: args.path, external: true }
      }
      if (manifest.exports || path.extname(args.path)) return { path: args.path, external: true }
      try {
        const resolved = require.resolve(args.path)
        return { path: `${args.path}${path.extname(resolved)}`, external: true }
      } catch {
        return { path: args.path, external: true }
      }
    })
  },
}

/** Size and modification time of every file a bundle was made from: equal fingerprints, same bundle. */
function fingerprint(files) {
  const hash = createHash('sha256')
  for (const file of files) {
    const stat = fs.statSync(file, { throwIfNoEntry: false })
    hash.update(`${file}\0${stat ? `${stat.size}:${stat.mtimeMs}` : 'missing'}\0`)
  }
  return hash.digest('hex')
}

/** Bundles `entry` (relative to the repository) into an .mjs file, unless the last bundle's inputs are unchanged, and returns its path. */
async function bundle(entry) {
  const absolute = path.resolve(REPO_ROOT, entry)
  const name = `${createHash('sha256').update(absolute).digest('hex').slice(0, 12)}-${path.basename(entry, path.extname(entry))}`
  const target = path.join(OUT_DIR, `${name}.mjs`)
  const stampFile = path.join(OUT_DIR, `${name}.inputs.json`)
  try {
    const stamp = JSON.parse(fs.readFileSync(stampFile, 'utf8'))
    if (fs.existsSync(target) && stamp.fingerprint === fingerprint(stamp.inputs)) return target
  } catch {
    // No stamp yet, or an unreadable one: bundle again.
  }
  // Written under a private name and renamed into place, so a run started meanwhile never imports half a file.
  const temporary = `${target}.${process.pid}.tmp`
  // Loaded only when a bundle is made: a run that reuses one skips it.
  const { build, stop } = await import('esbuild')
  const result = await build({
    absWorkingDir: REPO_ROOT,
    entryPoints: [absolute],
    outfile: temporary,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node22',
    packages: 'external',
    tsconfig: path.join(REPO_ROOT, 'tsconfig.json'),
    jsx: 'automatic',
    sourcemap: 'inline',
    logLevel: 'warning',
    metafile: true,
    plugins: [nodeSpecifiers, sourceLocation],
  })
  // esbuild's service process would otherwise stay beside a long-running command (npm start) for its whole life.
  await stop()
  const inputs = [...ALWAYS_CHECKED, ...Object.keys(result.metafile.inputs).map((input) => path.resolve(REPO_ROOT, input))]
  fs.renameSync(temporary, target)
  fs.writeFileSync(`${stampFile}.${process.pid}.tmp`, JSON.stringify({ fingerprint: fingerprint(inputs), inputs }))
  fs.renameSync(`${stampFile}.${process.pid}.tmp`, stampFile)
  return target
}

const [entry, ...rest] = process.argv.slice(2)
if (!entry) {
  console.error('usage: node scripts/run.mjs <file.ts> [arguments…]')
  process.exit(2)
}
const file = await bundle(entry)
process.argv = [process.argv[0], path.resolve(REPO_ROOT, entry), ...rest]
process.setSourceMapsEnabled(true)
await import(pathToFileURL(file).href)
