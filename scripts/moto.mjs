/**
 * Starts a local Secrets Manager endpoint: moto's server, through scripts/moto-launcher.py (which
 * corrects two moto behaviours the action depends on; see its docstring), on a free loopback port.
 *
 * Shared by the integration tests, `npm run demo` and the benchmark, so it uses Node built-ins only.
 */
import { spawn } from 'node:child_process'
import http from 'node:http'
import https from 'node:https'
import net from 'node:net'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const LAUNCHER = path.join(path.dirname(fileURLToPath(import.meta.url)), 'moto-launcher.py')
const INSTALL_HINT = 'Install it with: pip install "moto[server]" (moto 5 with its server extra).'
/** The launcher's exit code when moto cannot be imported. */
const EXIT_NO_MOTO = 3

/** A port nobody listens on right now. Another process may take it before moto binds: start() retries. */
function freePort(host) {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.unref()
    server.on('error', reject)
    server.listen(0, host, () => {
      const address = server.address()
      server.close(() => resolve(address.port))
    })
  })
}

/** One request to moto; resolves with the status code. The probe trusts any certificate: it only asks "up yet?" */
function request(url, method) {
  return new Promise((resolve, reject) => {
    const client = url.startsWith('https:') ? https : http
    const req = client.request(url, { method, rejectUnauthorized: false, agent: false, timeout: 5000 }, (res) => {
      res.resume()
      res.on('end', () => resolve(res.statusCode ?? 0))
      res.on('error', reject)
    })
    req.on('timeout', () => req.destroy(new Error(`${method} ${url} timed out`)))
    req.on('error', reject)
    req.end()
  })
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms))

/** Keeps the last `limit` characters of a stream, for error messages (moto logs every request). */
function tail(stream, limit = 8000) {
  let text = ''
  stream.setEncoding('utf8')
  stream.on('data', (chunk) => {
    text = (text + chunk).slice(-limit)
  })
  return () => text
}

async function startOnce(opts, port) {
  const host = '127.0.0.1'
  const tls = Boolean(opts.cert && opts.key)
  const endpointHost = opts.endpointHost ?? host
  const endpoint = `${tls ? 'https' : 'http'}://${endpointHost}:${port}`
  const args = [LAUNCHER, '-H', host, '-p', String(port)]
  if (tls) args.push('-c', opts.cert, '-k', opts.key)

  const python = opts.python ?? process.env.PYTHON ?? 'python3'
  const child = spawn(python, args, {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, PYTHONUNBUFFERED: '1' }
  })
  const stdout = tail(child.stdout)
  const stderr = tail(child.stderr)
  let exited = null
  const exit = new Promise((resolve) => {
    child.on('exit', (code, signal) => {
      exited = { code, signal }
      resolve(exited)
    })
    child.on('error', (error) => {
      exited = { code: null, signal: null, error }
      resolve(exited)
    })
  })
  // A test run that dies without stop() must not leave moto behind.
  const killOnExit = () => child.kill('SIGKILL')
  process.once('exit', killOnExit)

  const stop = async () => {
    process.removeListener('exit', killOnExit)
    if (exited) return
    child.kill('SIGTERM')
    const timer = setTimeout(() => child.kill('SIGKILL'), 5000)
    await exit
    clearTimeout(timer)
  }

  const timeoutMs = opts.timeoutMs ?? 30000
  const deadline = Date.now() + timeoutMs
  let lastError
  for (;;) {
    if (exited) {
      process.removeListener('exit', killOnExit)
      const output = `${stderr()}${stdout()}`.trim()
      if (exited.error) {
        const hint =
          exited.error.code === 'ENOENT' ? ` ${python} was not found: install Python 3 and moto. ${INSTALL_HINT}` : ''
        throw new Error(`Could not start moto (${python} ${LAUNCHER}): ${exited.error.message}.${hint}`)
      }
      if (exited.code === EXIT_NO_MOTO) {
        throw new Error(`moto is not installed for ${python}. ${INSTALL_HINT}\n${output}`)
      }
      const how = `code ${exited.code}, signal ${exited.signal}`
      const error = new Error(`moto exited before it was ready (${how}):\n${output}`)
      error.addressInUse = /address already in use/i.test(output)
      throw error
    }
    try {
      const status = await request(`${endpoint}/moto-api/`, 'GET')
      if (status === 200) break
      lastError = `HTTP ${status}`
    } catch (error) {
      lastError = error instanceof Error ? error.message : String(error)
    }
    if (Date.now() > deadline) {
      await stop()
      throw new Error(
        `moto did not answer GET ${endpoint}/moto-api/ within ${timeoutMs / 1000} s (last: ${lastError}).\n` +
          `${stderr()}${stdout()}`.trim()
      )
    }
    await sleep(100)
  }

  return {
    endpoint,
    host: endpointHost,
    port,
    async reset() {
      const status = await request(`${endpoint}/moto-api/reset`, 'POST')
      if (status !== 200) throw new Error(`POST ${endpoint}/moto-api/reset answered HTTP ${status}`)
    },
    stop
  }
}

/**
 * Starts moto and resolves once GET /moto-api/ answers 200.
 * @param {import('./moto.d.mts').StartMotoOptions} [opts]
 * @returns {Promise<import('./moto.d.mts').Moto>}
 */
export async function startMoto(opts = {}) {
  if (Boolean(opts.cert) !== Boolean(opts.key)) throw new Error('startMoto: give both cert and key, or neither')
  for (let attempt = 1; ; attempt++) {
    const port = await freePort('127.0.0.1')
    try {
      return await startOnce(opts, port)
    } catch (error) {
      // The port was free a moment ago; someone else took it in between. Try another.
      if (error && error.addressInUse && attempt < 3) continue
      throw error
    }
  }
}
