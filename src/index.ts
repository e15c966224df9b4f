// The runner's entry point. It opens the connection to the endpoint first (early-connection.ts),
// then loads the rest: an ES module graph is loaded and evaluated before any of its code runs, so
// a static import of main.js would put the whole start-up before the first packet. The handshake
// needs turns of the event loop (the lookup's answer, TCP's, the server's TLS flight), which
// loading and evaluating the SDK, and everything from run() to the request's write, never give:
// so the SDK is loaded in its own step, with a turn before and after it.
import { connectEarly, lookedUp, turn } from './early-connection.js'

connectEarly()
// The SYN leaves once the name is looked up (a millisecond from /etc/hosts or a warm cache).
await lookedUp(5)
await import('@aws-sdk/client-secrets-manager')
await turn()
const { run } = await import('./main.js')
await turn()
await run()
