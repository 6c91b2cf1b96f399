// Small helpers for the project's scripts: run a command with inherited output, build an edition.
import { spawnSync } from 'node:child_process'

/**
 * Runs a command from node_modules/.bin or PATH, output to the terminal.
 * @returns {boolean} whether it exited 0
 */
export function run(cmd, args, env = {}) {
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env }, shell: false })
  return r.status === 0
}

/**
 * Production build of one edition into dist/<type>.
 * @param {'h5'|'weapp'} type
 * @param {boolean} quiet hide webpack's progress output unless the build fails
 */
export function build(type, quiet = true) {
  const r = spawnSync('node_modules/.bin/taro', ['build', '--type', type], {
    env: { ...process.env, NODE_ENV: 'production' },
    encoding: 'utf8',
    stdio: quiet ? ['ignore', 'pipe', 'pipe'] : 'inherit',
    maxBuffer: 64 * 1024 * 1024,
  })
  if (r.status !== 0 && quiet) process.stderr.write(`${r.stdout ?? ''}\n${r.stderr ?? ''}`)
  return r.status === 0
}
