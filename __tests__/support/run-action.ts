/**
 * The tests' view of the runner emulation in scripts/runner.mjs, which `npm run demo` and the
 * benchmark share: it runs the committed bundle as the GitHub runner runs a `node24` action (INPUT_*
 * variables with action.yml's defaults, GITHUB_OUTPUT, GITHUB_STEP_SUMMARY, the workspace as working
 * directory, a clean environment). One implementation, so that a test and the benchmark can never
 * run the action differently.
 */
export {
  ACTION_DIR,
  BUNDLE,
  NODE24,
  actionInputs,
  describeRun,
  inputVariable,
  jobOutput,
  logLines,
  makeWorkspace,
  maskLog,
  maskText,
  parseCommand,
  parseOutputFile,
  prepareRun,
  readLog,
  registeredMasks,
  runAction,
  writeWorkspaceFile
} from '../../scripts/runner.mjs'
export type {
  ActionInput,
  ActionRun,
  Annotation,
  PreparedRun,
  PrepareOptions,
  RunnerCommand,
  RunnerView,
  RunOptions
} from '../../scripts/runner.mjs'
