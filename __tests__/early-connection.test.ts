/**
 * The early connection's guess: inputs and environment -> the endpoint it connects to while the
 * action starts, or no guess. It must guess only where the run's own endpoint is certain.
 */
import { describe, expect, it } from '@jest/globals'
import { guessEndpoint } from '../src/early-connection.js'

const ARN_EAST_2 = 'arn:aws:secretsmanager:us-east-2:123456789012:secret:app/token-AbCdEf'
const ARN_WEST_2 = 'arn:aws:secretsmanager:us-west-2:123456789012:secret:app/other-AbCdEf'

/** The runner's variables for `inputs` (as it passes them: INPUT_NAME, dashes kept), plus `env`. */
function guess(
  inputs: Record<string, string>,
  env: Record<string, string> = {},
  opts: { files?: string[]; execArgv?: string[] } = {}
) {
  const variables: Record<string, string> = { HOME: '/home/runner', ...env }
  for (const [name, value] of Object.entries(inputs)) variables[`INPUT_${name.toUpperCase()}`] = value
  return guessEndpoint({
    env: variables,
    exists: (file) => (opts.files ?? []).includes(file),
    execArgv: opts.execArgv ?? []
  })
}

const one = { 'secret-id': 'app/token', 'secret-string': 'v' }

describe('guessEndpoint: where it connects', () => {
  it.each([
    [
      'the region input',
      { ...one, region: 'eu-west-1' },
      { AWS_REGION: 'us-east-1' },
      'secretsmanager.eu-west-1.amazonaws.com'
    ],
    ['AWS_REGION', one, { AWS_REGION: 'us-east-1' }, 'secretsmanager.us-east-1.amazonaws.com'],
    ['AWS_DEFAULT_REGION', one, { AWS_DEFAULT_REGION: 'ap-south-1' }, 'secretsmanager.ap-south-1.amazonaws.com'],
    [
      'AWS_REGION over AWS_DEFAULT_REGION',
      one,
      { AWS_REGION: 'us-west-1', AWS_DEFAULT_REGION: 'us-east-1' },
      'secretsmanager.us-west-1.amazonaws.com'
    ],
    [
      "an ARN's region over AWS_REGION",
      { 'secret-id': ARN_EAST_2 },
      { AWS_REGION: 'us-east-1' },
      'secretsmanager.us-east-2.amazonaws.com'
    ],
    [
      'a region input equal to the ARN',
      { 'secret-id': ARN_EAST_2, region: 'us-east-2' },
      {},
      'secretsmanager.us-east-2.amazonaws.com'
    ],
    ['a China region', { ...one, region: 'cn-north-1' }, {}, 'secretsmanager.cn-north-1.amazonaws.com.cn'],
    ['a GovCloud region', { ...one, region: 'us-gov-west-1' }, {}, 'secretsmanager.us-gov-west-1.amazonaws.com'],
    ['an ISO region', { ...one, region: 'us-iso-east-1' }, {}, 'secretsmanager.us-iso-east-1.c2s.ic.gov'],
    [
      'an input with spaces around it',
      { ...one, region: ' eu-north-1\n' },
      {},
      'secretsmanager.eu-north-1.amazonaws.com'
    ],
    [
      'NO_PROXY exempting the endpoint',
      one,
      { AWS_REGION: 'us-east-1', HTTPS_PROXY: 'http://proxy:3128', NO_PROXY: '.amazonaws.com' },
      'secretsmanager.us-east-1.amazonaws.com'
    ],
    [
      'no_proxy (lower case) exempting it by name',
      one,
      {
        AWS_REGION: 'us-east-1',
        https_proxy: 'http://proxy:3128',
        no_proxy: 'secretsmanager.us-east-1.amazonaws.com:443'
      },
      'secretsmanager.us-east-1.amazonaws.com'
    ],
    [
      'a config file named but absent',
      one,
      { AWS_REGION: 'us-east-1', AWS_CONFIG_FILE: '/tmp/none' },
      'secretsmanager.us-east-1.amazonaws.com'
    ]
  ])('%s', (_what, inputs, env, host) => {
    expect(guess(inputs, env)).toEqual({ host, port: 443, connectTimeoutMs: 10_000, connections: 1 })
  })

  it('bounds the connection by connect-timeout', () => {
    expect(guess({ ...one, 'connect-timeout': '3' }, { AWS_REGION: 'us-east-1' })?.connectTimeoutMs).toBe(3000)
  })

  it.each([
    [
      'three secrets, max-concurrency 2',
      'a env:A\nb env:B\n\n# c\nc env:C',
      '2',
      { AWS_REGION: 'us-east-1' },
      'secretsmanager.us-east-1.amazonaws.com',
      2
    ],
    [
      'two secrets, max-concurrency 4',
      'a env:A\nb env:B',
      '4',
      { AWS_REGION: 'us-east-1' },
      'secretsmanager.us-east-1.amazonaws.com',
      2
    ],
    ['ARNs of one region, no AWS_REGION', `${ARN_EAST_2} env:A`, '4', {}, 'secretsmanager.us-east-2.amazonaws.com', 1],
    [
      'ARNs of one region over AWS_REGION',
      `${ARN_EAST_2} env:A`,
      '4',
      { AWS_REGION: 'us-east-1' },
      'secretsmanager.us-east-2.amazonaws.com',
      1
    ]
  ])('with secrets: %s', (_what, secrets, maxConcurrency, env, host, connections) => {
    expect(guess({ secrets, 'max-concurrency': maxConcurrency }, env)).toEqual({
      host,
      port: 443,
      connectTimeoutMs: 10_000,
      connections
    })
  })
})

describe('guessEndpoint: how many connections', () => {
  // skip-unchanged and json-merge read DescribeSecret and GetSecretValue at once: a connection each.
  it.each<[string, Record<string, string>, number]>([
    ['one secret', one, 1],
    ['one secret, skip-unchanged', { ...one, 'skip-unchanged': 'true' }, 2],
    ['one secret, json-merge', { ...one, 'json-merge': 'true' }, 2],
    ['one secret, skip-unchanged false', { ...one, 'skip-unchanged': 'false' }, 1],
    ['one secret, dry-run (a describe only)', { ...one, 'dry-run': 'true' }, 1],
    [
      'a promotion with skip-unchanged (refused: no value read)',
      { 'secret-id': 'app/token', 'promote-version-id': 'v2', 'skip-unchanged': 'true' },
      1
    ],
    [
      'three secrets, skip-unchanged, max-concurrency 4',
      { secrets: 'a env:A\nb env:B\nc env:C', 'skip-unchanged': 'true' },
      4
    ],
    ['one line of secrets, json-merge, max-concurrency 4', { secrets: 'a env:A', 'json-merge': 'true' }, 2]
  ])('%s: %i', (_what, inputs, connections) => {
    expect(guess(inputs, { AWS_REGION: 'us-east-1' })?.connections).toBe(connections)
  })
})

describe('guessEndpoint: no guess', () => {
  const region = { AWS_REGION: 'us-east-1' }
  it.each([
    ['no region anywhere', one, {}],
    ['a region that is not a region name', { ...one, region: 'us-east-1.evil.example' }, {}],
    ['a region in capitals', { ...one, region: 'US-EAST-1' }, {}],
    ['a pseudo-region', { ...one, region: 'aws-global' }, {}],
    ['AWS_REGION that is not a region name', one, { AWS_REGION: 'localhost' }],
    ['a region input that contradicts the ARN', { 'secret-id': ARN_EAST_2, region: 'us-east-1' }, {}],
    [
      "an ARN whose partition is not its region's",
      { 'secret-id': 'arn:aws-cn:secretsmanager:us-east-1:123456789012:secret:x' },
      {}
    ],
    ['secrets ARNs of two regions', { secrets: `${ARN_EAST_2} env:A\n${ARN_WEST_2} env:B` }, region],
    ['the endpoint-url input', { ...one, 'endpoint-url': 'https://vpce.example' }, region],
    ['AWS_ENDPOINT_URL', one, { ...region, AWS_ENDPOINT_URL: 'https://vpce.example' }],
    ['AWS_ENDPOINT_URL_SECRETS_MANAGER', one, { ...region, AWS_ENDPOINT_URL_SECRETS_MANAGER: 'https://vpce.example' }],
    ['AWS_USE_FIPS_ENDPOINT', one, { ...region, AWS_USE_FIPS_ENDPOINT: 'true' }],
    ['AWS_USE_FIPS_ENDPOINT even false', one, { ...region, AWS_USE_FIPS_ENDPOINT: 'false' }],
    ['AWS_USE_DUALSTACK_ENDPOINT', one, { ...region, AWS_USE_DUALSTACK_ENDPOINT: 'true' }],
    ['the http-proxy input', { ...one, 'http-proxy': 'http://proxy:3128' }, region],
    ['HTTPS_PROXY', one, { ...region, HTTPS_PROXY: 'http://proxy:3128' }],
    ['https_proxy', one, { ...region, https_proxy: 'http://proxy:3128' }],
    ['HTTP_PROXY', one, { ...region, HTTP_PROXY: 'http://proxy:3128' }],
    [
      'a proxy with NO_PROXY naming another host',
      one,
      { ...region, HTTPS_PROXY: 'http://proxy:3128', NO_PROXY: 'example.com' }
    ],
    [
      'a proxy with NO_PROXY for another port',
      one,
      { ...region, HTTPS_PROXY: 'http://p:3128', NO_PROXY: 'amazonaws.com:8443' }
    ],
    ['NODE_USE_ENV_PROXY', one, { ...region, NODE_USE_ENV_PROXY: '1' }],
    ['--use-env-proxy in NODE_OPTIONS', one, { ...region, NODE_OPTIONS: '--max-old-space-size=4096 --use-env-proxy' }],
    ['the ca-bundle input', { ...one, 'ca-bundle': 'certs/ca.pem' }, region],
    ['AWS_CA_BUNDLE', one, { ...region, AWS_CA_BUNDLE: '/etc/ca.pem' }],
    ['a connect-timeout that is not a number', { ...one, 'connect-timeout': 'ten' }, region],
    ['a connect-timeout out of range', { ...one, 'connect-timeout': '0' }, region],
    ['a max-concurrency out of range', { secrets: 'a env:A', 'max-concurrency': '17' }, region]
  ])('%s', (_what, inputs, env) => {
    expect(guess(inputs, env)).toBeUndefined()
  })

  it.each([
    ['~/.aws/config', {}, '/home/runner/.aws/config'],
    ['~/.aws/credentials', {}, '/home/runner/.aws/credentials'],
    ['AWS_CONFIG_FILE', { AWS_CONFIG_FILE: '/etc/aws.conf' }, '/etc/aws.conf'],
    ['AWS_CONFIG_FILE under ~', { AWS_CONFIG_FILE: '~/cfg' }, '/home/runner/cfg'],
    ['AWS_SHARED_CREDENTIALS_FILE', { AWS_SHARED_CREDENTIALS_FILE: '/etc/aws.creds' }, '/etc/aws.creds']
  ])('a shared file that exists: %s', (_what, env, file) => {
    expect(guess(one, { AWS_REGION: 'us-east-1', ...env })).toBeDefined()
    expect(guess(one, { AWS_REGION: 'us-east-1', ...env }, { files: [file] })).toBeUndefined()
  })

  it('--use-env-proxy among Node flags', () => {
    expect(guess(one, { AWS_REGION: 'us-east-1' }, { execArgv: ['--use-env-proxy'] })).toBeUndefined()
  })
})
