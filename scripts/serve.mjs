// A tiny static file server for the H5 build (no dependencies). Used by `npm start`, the browser tests and the benchmark.
import { createServer } from 'node:http'
import { readFile, stat } from 'node:fs/promises'
import { extname, join, normalize, resolve } from 'node:path'

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'application/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
}

/**
 * Serve a directory on 127.0.0.1.
 * @param {string} dir folder to serve (index.html at its root)
 * @param {number} port 0 for any free port
 * @returns {Promise<{url: string, close: () => Promise<void>}>}
 */
export async function serveDir(dir, port = 0) {
  const root = resolve(dir)
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)
    let file = normalize(join(root, path))
    if (!file.startsWith(root)) {
      res.writeHead(403).end()
      return
    }
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html')
      const body = await readFile(file)
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-cache' })
      res.end(body)
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found')
    }
  })
  await new Promise((ok, fail) => server.once('error', fail).listen(port, '127.0.0.1', ok))
  const { port: actual } = server.address()
  return { url: `http://127.0.0.1:${actual}`, close: () => new Promise((ok) => server.close(() => ok())) }
}
