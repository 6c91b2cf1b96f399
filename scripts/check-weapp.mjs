// Compiles dist/weapp offline with Tencent's miniprogram-ci, as WeChat's uploader would, and checks package sizes.
// Fails on syntax WeChat rejects, WXSS errors, or a package over WeChat's 2 MB limit.
import ci from 'miniprogram-ci'
import { existsSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'

const projectPath = resolve(process.env.WEAPP_DIR ?? 'dist/weapp')
if (!existsSync(join(projectPath, 'app.json'))) {
  console.error('dist/weapp is missing: run `npm run build:weapp` first')
  process.exit(1)
}
// No upload key offline: a placeholder key and fixed project attributes keep miniprogram-ci off the network.
// Any request the tool tries (it asks for a whitelist it does not need) goes to a closed local port.
ci.proxy('http://127.0.0.1:9')
const project = new ci.Project({
  appid: 'touristappid',
  type: 'miniProgram',
  projectPath,
  privateKey: 'offline-compile-check',
  ignores: ['node_modules/**/*'],
  attr: async () => ({ platform: false, appType: 0, isSandbox: false, released: false, setting: {}, gameApp: false }),
})
const out = mkdtempSync(join(tmpdir(), 'weapp-compiled-'))
let failed = false
try {
  const files = await ci.getCompiledResult(
    { project, version: '0.0.0', setting: { es6: true, es7: true, enhance: true, minify: false, minifyWXSS: false, minifyWXML: false }, onProgressUpdate: () => {} },
    join(out, 'compiled.zip'),
  )
  console.log(`weapp compile (enhance): ${Object.keys(files).length} files compiled, no errors`)
} catch (err) {
  failed = true
  console.error('weapp compile failed:', err?.message ?? err)
}
try {
  const issues = await ci.checkCodeQuality(project)
  const bad = issues.filter((i) => i.success === false)
  for (const i of issues) console.log(`quality ${i.success ? 'ok  ' : 'FAIL'} ${i.name || i.type || ""}`)
  if (bad.length) failed = true
} catch (err) {
  console.error('checkCodeQuality could not run:', err?.message ?? err)
  failed = true
}
process.exit(failed ? 1 : 0)
