/**
 * A private CA and a server certificate for 127.0.0.1 / localhost signed by it, made with the
 * openssl CLI in a temporary directory, so a TLS endpoint (moto_server -c cert -k key) can be
 * trusted only through `ca-bundle` / AWS_CA_BUNDLE.
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

export interface TestCertificates {
  /** The temporary directory holding every file. */
  readonly dir: string
  /** PEM certificate of the private CA (what `ca-bundle` must name). */
  readonly caCert: string
  /** PEM key of the private CA. */
  readonly caKey: string
  /** PEM server certificate for IP:127.0.0.1 and DNS:localhost, signed by the CA. */
  readonly cert: string
  /** PEM server key (unencrypted). */
  readonly key: string
  /** Removes `dir`. */
  cleanup(): void
}

function openssl(dir: string, args: readonly string[]): void {
  try {
    execFileSync('openssl', args, { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] })
  } catch (error) {
    const stderr = (error as { stderr?: Buffer }).stderr?.toString() ?? ''
    throw new Error(`openssl ${args.join(' ')} failed: ${stderr || String(error)}`, { cause: error })
  }
}

/** Makes the CA and the server certificate; valid for 2 days, which outlives any test run. */
export function makeTestCertificates(): TestCertificates {
  const dir = mkdtempSync(path.join(tmpdir(), 'update-secret-tls-'))
  const file = (name: string): string => path.join(dir, name)

  writeFileSync(
    file('ca.cnf'),
    [
      '[req]',
      'distinguished_name = dn',
      'x509_extensions = v3_ca',
      'prompt = no',
      '[dn]',
      'CN = update-secret test CA',
      '[v3_ca]',
      'basicConstraints = critical, CA:TRUE',
      'keyUsage = critical, keyCertSign, cRLSign',
      'subjectKeyIdentifier = hash',
      ''
    ].join('\n')
  )
  writeFileSync(
    file('server.ext'),
    [
      'basicConstraints = critical, CA:FALSE',
      'keyUsage = critical, digitalSignature, keyEncipherment',
      'extendedKeyUsage = serverAuth',
      'subjectAltName = IP:127.0.0.1, DNS:localhost',
      'authorityKeyIdentifier = keyid',
      ''
    ].join('\n')
  )

  // EC P-256 keys: generated instantly, and accepted by Node and by Python's ssl (moto_server).
  openssl(dir, ['ecparam', '-name', 'prime256v1', '-genkey', '-noout', '-out', 'ca.key'])
  openssl(dir, [
    'req',
    '-x509',
    '-new',
    '-key',
    'ca.key',
    '-sha256',
    '-days',
    '2',
    '-config',
    'ca.cnf',
    '-out',
    'ca.pem'
  ])
  openssl(dir, ['ecparam', '-name', 'prime256v1', '-genkey', '-noout', '-out', 'server.key'])
  openssl(dir, ['req', '-new', '-key', 'server.key', '-subj', '/CN=localhost', '-out', 'server.csr'])
  openssl(dir, [
    'x509',
    '-req',
    '-in',
    'server.csr',
    '-CA',
    'ca.pem',
    '-CAkey',
    'ca.key',
    '-CAcreateserial',
    '-sha256',
    '-days',
    '2',
    '-extfile',
    'server.ext',
    '-out',
    'server.pem'
  ])

  return {
    dir,
    caCert: file('ca.pem'),
    caKey: file('ca.key'),
    cert: file('server.pem'),
    key: file('server.key'),
    cleanup: () => rmSync(dir, { recursive: true, force: true })
  }
}
