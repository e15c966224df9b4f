/**
 * The bad inputs and combinations of staging (`version-stages`), promotion (`promote-*`) and
 * generated passwords, as one table: settings.test.ts reads each row through readSettings, and
 * integration/bad-input.test.ts runs each through the bundle against moto (one `::error::` naming
 * the input, no request, the secret untouched).
 */

/** A value for the rows that give one: it must never be printed. */
export const ROTATION_VALUE = 'rotation-bad-input-value-7f3a9c'

export interface BadRotationInput {
  readonly name: string
  /** Every input besides `secret-id`, `region` and `endpoint-url`. */
  readonly inputs: Readonly<Record<string, string>>
  /** The input the one error must name. */
  readonly input: string
}

const long = (n: number): string => 'x'.repeat(n)
const VERSION_ID = '0123456789abcdef0123456789abcdef'
const PRINTABLE = Array.from({ length: 94 }, (_, i) => String.fromCharCode(33 + i)).join('')
const LETTERS_AND_DIGITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'
const value = { 'secret-string': ROTATION_VALUE }
const generate = { 'generate-password': 'true' }

export const BAD_ROTATION_INPUTS: readonly BadRotationInput[] = [
  // Staging labels.
  { name: 'version-stages: AWSCURRENT', inputs: { ...value, 'version-stages': 'AWSCURRENT' }, input: 'version-stages' },
  {
    name: 'version-stages: AWSPREVIOUS among others',
    inputs: { ...value, 'version-stages': 'AWSPENDING,AWSPREVIOUS' },
    input: 'version-stages'
  },
  {
    name: 'version-stages: a label given twice',
    inputs: { ...value, 'version-stages': 'blue, blue' },
    input: 'version-stages'
  },
  {
    name: 'version-stages: 21 labels',
    inputs: { ...value, 'version-stages': Array.from({ length: 21 }, (_, i) => `L${i}`).join('\n') },
    input: 'version-stages'
  },
  {
    name: 'version-stages: a label of 257 characters',
    inputs: { ...value, 'version-stages': long(257) },
    input: 'version-stages'
  },
  {
    name: 'version-stages: a tab inside a label',
    inputs: { ...value, 'version-stages': 'blue\tgreen' },
    input: 'version-stages'
  },
  { name: 'version-stages: not ASCII', inputs: { ...value, 'version-stages': 'AWSPENDINGé' }, input: 'version-stages' },
  {
    name: 'version-stages without a value',
    inputs: { description: 'd', 'version-stages': 'AWSPENDING' },
    input: 'version-stages'
  },

  // Promotions.
  {
    name: 'promote-version-id and promote-stage',
    inputs: { 'promote-version-id': VERSION_ID, 'promote-stage': 'AWSPENDING' },
    input: 'promote-stage'
  },
  {
    name: 'promote-version-id: 31 characters',
    inputs: { 'promote-version-id': long(31) },
    input: 'promote-version-id'
  },
  {
    name: 'promote-version-id: 65 characters',
    inputs: { 'promote-version-id': long(65) },
    input: 'promote-version-id'
  },
  {
    name: 'promote-version-id: a space inside',
    inputs: { 'promote-version-id': `${long(20)} ${long(20)}` },
    input: 'promote-version-id'
  },
  { name: 'promote-stage: AWSCURRENT', inputs: { 'promote-stage': 'AWSCURRENT' }, input: 'promote-stage' },
  { name: 'promote-stage: 257 characters', inputs: { 'promote-stage': long(257) }, input: 'promote-stage' },
  {
    name: 'promote-version-id with secret-string',
    inputs: { ...value, 'promote-version-id': VERSION_ID },
    input: 'promote-version-id'
  },
  {
    name: 'promote-stage with secret-binary',
    inputs: { 'secret-binary': Buffer.from(ROTATION_VALUE).toString('base64'), 'promote-stage': 'AWSPENDING' },
    input: 'promote-stage'
  },
  {
    name: 'promote-stage with value-from-file',
    inputs: { 'value-from-file': 'value.txt', 'promote-stage': 'AWSPENDING' },
    input: 'promote-stage'
  },
  {
    name: 'promote-stage with generate-password',
    inputs: { ...generate, 'promote-stage': 'AWSPENDING' },
    input: 'promote-stage'
  },
  {
    name: 'promote-stage with version-stages',
    inputs: { 'version-stages': 'blue', 'promote-stage': 'AWSPENDING' },
    input: 'promote-stage'
  },
  {
    name: 'promote-stage with json-merge',
    inputs: { 'json-merge': 'true', 'promote-stage': 'AWSPENDING' },
    input: 'promote-stage'
  },
  {
    name: 'promote-version-id with create-if-missing',
    inputs: { 'create-if-missing': 'true', 'promote-version-id': VERSION_ID },
    input: 'promote-version-id'
  },
  {
    name: 'promote-version-id with skip-unchanged',
    inputs: { 'skip-unchanged': 'true', 'promote-version-id': VERSION_ID },
    input: 'promote-version-id'
  },
  {
    name: 'promote-stage with client-request-token',
    inputs: { 'client-request-token': long(32), 'promote-stage': 'AWSPENDING' },
    input: 'promote-stage'
  },

  // The precondition.
  {
    name: 'if-current-version-id: 31 characters',
    inputs: { ...value, 'if-current-version-id': long(31) },
    input: 'if-current-version-id'
  },
  {
    name: 'if-current-version-id: a space inside',
    inputs: { 'promote-stage': 'AWSPENDING', 'if-current-version-id': `${long(20)} ${long(20)}` },
    input: 'if-current-version-id'
  },
  {
    name: 'if-current-version-id with create-if-missing (a missing secret has no AWSCURRENT)',
    inputs: { ...value, 'create-if-missing': 'true', 'if-current-version-id': VERSION_ID },
    input: 'if-current-version-id'
  },

  // Generated passwords.
  { name: 'generate-password: yes', inputs: { 'generate-password': 'yes' }, input: 'generate-password' },
  {
    name: 'generate-password with secret-string, without json-merge',
    inputs: { ...value, ...generate },
    input: 'generate-password'
  },
  {
    name: 'generate-password with secret-binary',
    inputs: { 'secret-binary': Buffer.from(ROTATION_VALUE).toString('base64'), ...generate },
    input: 'generate-password'
  },
  {
    name: 'generate-password with value-from-file',
    inputs: { 'value-from-file': 'value.txt', ...generate },
    input: 'generate-password'
  },
  {
    name: 'generate-password with json-merge, without password-key',
    inputs: { 'json-merge': 'true', ...generate },
    input: 'password-key'
  },
  {
    name: 'password-key without json-merge',
    inputs: { ...generate, 'password-key': 'password' },
    input: 'password-key'
  },
  { name: 'password-length: 7', inputs: { ...generate, 'password-length': '7' }, input: 'password-length' },
  { name: 'password-length: 4097', inputs: { ...generate, 'password-length': '4097' }, input: 'password-length' },
  { name: 'password-length: a word', inputs: { ...generate, 'password-length': 'long' }, input: 'password-length' },
  {
    name: 'password-exclude-punctuation: yes',
    inputs: { ...generate, 'password-exclude-punctuation': 'yes' },
    input: 'password-exclude-punctuation'
  },
  {
    name: 'password-exclude-characters: every character',
    inputs: { ...generate, 'password-exclude-characters': PRINTABLE },
    input: 'password-exclude-characters'
  },
  {
    name: 'password-exclude-characters: every letter and digit, with password-exclude-punctuation',
    inputs: { ...generate, 'password-exclude-punctuation': 'true', 'password-exclude-characters': LETTERS_AND_DIGITS },
    input: 'password-exclude-characters'
  },
  {
    name: 'password-env: not a variable name',
    inputs: { ...generate, 'password-env': 'DB-PASSWORD' },
    input: 'password-env'
  },
  {
    name: 'password-env: starting with a digit',
    inputs: { ...generate, 'password-env': '1PASSWORD' },
    input: 'password-env'
  },
  {
    name: 'password-env: a GITHUB_ variable',
    inputs: { ...generate, 'password-env': 'GITHUB_TOKEN' },
    input: 'password-env'
  },
  {
    name: 'password-env: NODE_OPTIONS',
    inputs: { ...generate, 'password-env': 'NODE_OPTIONS' },
    input: 'password-env'
  },
  {
    name: 'password-env: LD_PRELOAD (a library every later program would load)',
    inputs: { ...generate, 'password-env': 'LD_PRELOAD' },
    input: 'password-env'
  },
  {
    name: 'password-env: Path (PATH in another case, as Windows reads it)',
    inputs: { ...generate, 'password-env': 'Path' },
    input: 'password-env'
  },
  {
    name: 'password-length without generate-password',
    inputs: { ...value, 'password-length': '64' },
    input: 'password-length'
  },
  {
    name: 'password-exclude-characters without generate-password',
    inputs: { ...value, 'password-exclude-characters': ' ' },
    input: 'password-exclude-characters'
  },
  {
    name: 'password-exclude-punctuation without generate-password',
    inputs: { ...value, 'password-exclude-punctuation': 'true' },
    input: 'password-exclude-punctuation'
  },
  {
    name: 'password-key without generate-password',
    inputs: { 'json-merge': 'true', 'secret-string': '{"user":"app"}', 'password-key': 'password' },
    input: 'password-key'
  },
  {
    name: 'password-env without generate-password',
    inputs: { ...value, 'password-env': 'DB_PASSWORD' },
    input: 'password-env'
  }
]
