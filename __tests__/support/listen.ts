/**
 * The part every test server shares: listen on a free loopback port, count the connections it
 * accepts, and keep the open sockets so that closing the server can end them.
 */
import type { Server } from 'node:http'
import type { Socket } from 'node:net'

export interface Listening {
  readonly port: number
  /** Connections accepted since the last `resetCount()`. */
  readonly connections: number
  resetCount(): void
  /** Every socket still open (tests add upstream sockets too). */
  readonly sockets: Set<Socket>
}

/** `sockets`: a set the caller also adds to (upstream sockets), if it has one. */
export async function listenOnLoopback(server: Server, what: string, sockets = new Set<Socket>()): Promise<Listening> {
  let connections = 0
  server.on('connection', (socket: Socket) => {
    connections++
    sockets.add(socket)
    socket.once('close', () => sockets.delete(socket))
  })
  // A client that gives up on a hung request resets the connection: not an error of the server.
  server.on('clientError', (_error, socket) => socket.destroy())
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => resolve())
  })
  const address = server.address()
  if (address === null || typeof address === 'string') throw new Error(`${what}: no TCP address`)
  return {
    port: address.port,
    get connections() {
      return connections
    },
    resetCount: () => {
      connections = 0
    },
    sockets
  }
}
