// The runner's entry point. It opens the connection to the endpoint first (early-connection.ts),
// then loads the rest: an ES module graph is loaded and evaluated before any of its code runs, so
// a static import of main.js would put the whole start-up before the first packet. The handshake
// needs turns of the event loop (the lookup's answer, TCP's, the server's TLS flight), which
// loading and evaluating the SDK, and everything from run() to the request's write, never give:
// so when a socket is connecting, the SDK's client is loaded in its own step (client.js, not the
// SDK's index, which would evaluate every command and cost some 12 M instructions), with a turn
// before and after it. When none is, main.js is loaded straight away, with no wait and no turn.
//
// The rest is a second file, loaded by import(): about 11 M instructions (2.8 %, some 2.5 ms of
// CPU here) more than one file, guess or none. One file ("eager" imports) costs nothing more, but
// the whole bundle is then parsed before the first packet leaves, which measured 1.19 times slower
// to written at 40 ms RTT (docs/performance.md).
import { connectEarly, lookedUp, turn } from './early-connection.js'

if (connectEarly()) {
  // The SYN leaves once the name is looked up (a millisecond from /etc/hosts or a warm cache).
  await lookedUp(5)
  await import('./client.js')
  await turn()
}
const { run } = await import('./main.js')
await turn()
await run()
