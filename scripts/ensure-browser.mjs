// Makes sure Debian's Chromium and the CJK fonts are present for the browser tests; installs them with apt when
// running as root, otherwise stops with one line saying what to run.
import { execSync, spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'

const hasChromium = () => existsSync('/usr/bin/chromium')
const hasCjkFont = () => {
  try {
    return /Noto Sans CJK/i.test(execSync('fc-list', { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }))
  } catch {
    return false
  }
}

/** @returns true when both are there (after installing them if possible) */
export function ensureBrowser() {
  if (hasChromium() && hasCjkFont()) return true
  const root = typeof process.getuid === 'function' && process.getuid() === 0
  if (!root || !existsSync('/usr/bin/apt-get')) {
    console.error('Browser tests need Debian Chromium and CJK fonts: run `sudo apt-get install -y chromium fonts-noto-cjk`')
    return false
  }
  console.log('Installing chromium and fonts-noto-cjk with apt-get (first run only)…')
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }
  const update = spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env })
  const install = update.status === 0 && spawnSync('apt-get', ['install', '-y', '-qq', 'chromium', 'fonts-noto-cjk'], { stdio: 'inherit', env })
  if (!install || install.status !== 0 || !hasChromium() || !hasCjkFont()) {
    console.error('Could not install Chromium and CJK fonts: run `apt-get install -y chromium fonts-noto-cjk` and try again')
    return false
  }
  return true
}

if (import.meta.url === `file://${process.argv[1]}`) process.exit(ensureBrowser() ? 0 : 1)
