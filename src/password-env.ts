/**
 * Pure: the names `password-env` may not take. The generated password goes to every later step of
 * the job through GITHUB_ENV, so a name that some program reads at start-up would let this input
 * change how those steps run: which programs start (PATH, BASH_ENV), which code they load
 * (LD_PRELOAD, PYTHONPATH, JAVA_TOOL_OPTIONS), which servers they trust (SSL_CERT_FILE) and how
 * they reach the network (HTTPS_PROXY, GIT_SSH_COMMAND, AWS_*). The runner itself refuses only
 * NODE_OPTIONS. Names compare without regard to case, as Windows reads them (and as `http_proxy`
 * comes in lower case).
 *
 * Prefixes stand for families whose members keep growing (LD_, GIT_, AWS_, npm_config_); single
 * names for the rest, so that a name such as PATH_PASSWORD or GOLD_PASSWORD stays free.
 */

interface Family {
  /** Why the family is refused, as the end of "names X, which ...". */
  readonly why: string
  /** Whole names, upper case. */
  readonly names?: readonly string[]
  /** Name prefixes, upper case. */
  readonly prefixes?: readonly string[]
}

const FAMILIES: readonly Family[] = [
  {
    why: 'the runner keeps for itself',
    prefixes: ['GITHUB_', 'RUNNER_', 'ACTIONS_'],
    names: ['CI']
  },
  {
    why: 'decides which programs later steps start, and how their shells start',
    prefixes: ['BASH_', 'XDG_'],
    names: [
      'PATH',
      'PATHEXT',
      'COMSPEC',
      'SHELL',
      'ENV',
      'ZDOTDIR',
      'PROMPT_COMMAND',
      'SHELLOPTS',
      'BASHOPTS',
      'IFS',
      'PS1',
      'PS2',
      'PS3',
      'PS4',
      'CDPATH',
      'GLOBIGNORE',
      'HOME',
      'USERPROFILE',
      'APPDATA',
      'LOCALAPPDATA',
      'PROGRAMDATA',
      'SYSTEMROOT',
      'WINDIR',
      'TMPDIR',
      'TEMP',
      'TMP',
      'EDITOR',
      'VISUAL',
      'PAGER',
      'BROWSER',
      'LESSOPEN',
      'LESSCLOSE',
      'PSMODULEPATH',
      'CC',
      'CXX',
      'CPP',
      'LD',
      'CFLAGS',
      'CXXFLAGS',
      'CPPFLAGS',
      'LDFLAGS',
      'MAKEFLAGS',
      'MFLAGS',
      'MAKEFILES'
    ]
  },
  {
    why: 'decides which code later programs load',
    prefixes: [
      'LD_',
      'DYLD_',
      'NODE_',
      'PYTHON',
      'PERL',
      'RUBY',
      'GEM_',
      'BUNDLE_',
      'DOTNET_',
      'CORECLR_',
      'COMPLUS_',
      'NUGET_',
      'CGO_',
      'CARGO_',
      'RUSTC_',
      'LUA_',
      'ERL_',
      'NPM_CONFIG_',
      'YARN_',
      'PIP_',
      'COREPACK_',
      'DENO_',
      'POWERSHELL_'
    ],
    names: [
      'GCONV_PATH',
      'JAVA_TOOL_OPTIONS',
      '_JAVA_OPTIONS',
      'JDK_JAVA_OPTIONS',
      'JAVA_OPTS',
      'JAVA_HOME',
      'CLASSPATH',
      'MAVEN_OPTS',
      'MAVEN_ARGS',
      'GRADLE_OPTS',
      'GRADLE_USER_HOME',
      'SBT_OPTS',
      'ANT_OPTS',
      'GOFLAGS',
      'GOPROXY',
      'GONOPROXY',
      'GOPRIVATE',
      'GONOSUMDB',
      'GONOSUMCHECK',
      'GOSUMDB',
      'GOINSECURE',
      'GOPATH',
      'GOROOT',
      'GOBIN',
      'GOTOOLCHAIN',
      'GOENV',
      'GOEXPERIMENT',
      'GOCACHE',
      'GOMODCACHE',
      'GOVCS',
      'GOWORK',
      'GODEBUG',
      'GO111MODULE',
      'RUSTFLAGS',
      'RUSTDOCFLAGS',
      'PHPRC',
      'PHP_INI_SCAN_DIR',
      'R_LIBS',
      'R_LIBS_USER',
      'R_PROFILE',
      'R_PROFILE_USER',
      'R_ENVIRON',
      'R_ENVIRON_USER'
    ]
  },
  {
    why: 'decides which servers later programs trust',
    prefixes: ['SSL_', 'OPENSSL_'],
    names: ['SSLKEYLOGFILE', 'REQUESTS_CA_BUNDLE', 'CURL_CA_BUNDLE', 'CURL_HOME', 'GNUPGHOME']
  },
  {
    why: 'decides how and as whom later programs reach the network',
    prefixes: ['GIT_', 'AWS_', 'SSH_', 'DOCKER_', 'CLOUDSDK_', 'KRB5', 'TF_CLI_'],
    names: [
      'HTTP_PROXY',
      'HTTPS_PROXY',
      'NO_PROXY',
      'ALL_PROXY',
      'FTP_PROXY',
      'SOCKS_PROXY',
      'KUBECONFIG',
      'GOOGLE_APPLICATION_CREDENTIALS',
      'AZURE_CONFIG_DIR',
      'HOSTALIASES',
      'RES_OPTIONS',
      'LOCALDOMAIN',
      'TF_PLUGIN_CACHE_DIR'
    ]
  }
]

/** Why `name` is refused as `password-env` (the detail of the error), or undefined when it is free. */
export function passwordEnvRefusal(name: string): string | undefined {
  const upper = name.toUpperCase()
  const family = FAMILIES.find(
    (f) => f.names?.includes(upper) || f.prefixes?.some((prefix) => upper.startsWith(prefix))
  )
  if (family === undefined) return undefined
  return (
    `names ${name}, which ${family.why}: a generated password there would change how the later steps of the job run. ` +
    'Choose another name, such as NEW_DB_PASSWORD.'
  )
}
