// `npm start`: builds the H5 edition and serves it on http://127.0.0.1:10086.
import { build } from './run.mjs'
import { serveDir } from './serve.mjs'

const port = Number(process.env.PORT ?? 10086)
console.log('Building the H5 edition (about 15 s)…')
if (!build('h5')) process.exit(1)
const { url } = await serveDir('dist/h5', port)
console.log(`医保小帮手 is running at ${url}/  (Ctrl+C to stop)`)
