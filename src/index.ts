// The runner's entry point: nothing but the call, so that tests import run() without side effects.
import { run } from './main.js'

await run()
