/**
 * Run inside a namespace of lab.mjs whose resolv.conf names 127.0.0.1: a DNS server on port 53 that
 * fails the first lookup it sees and answers every later one, for the early-connection tests (a
 * name that does not resolve for the early socket, and does for the run's own connection).
 *
 * A lookup is one getaddrinfo call: glibc sends its A and AAAA queries from one UDP socket, so the
 * first source port seen is the first lookup: its queries get NXDOMAIN. Later queries for a name
 * given get its address (A) or no data (AAAA); other names, NXDOMAIN. Prints `ready`, then one
 * line per query, `QUERY <port> <name> <type> <answer>`; serves until its stdin closes.
 * Usage: node dns.mjs NAME=ADDRESS...
 */
import dgram from 'node:dgram'

const addresses = new Map(process.argv.slice(2).map((pair) => pair.split('=')))
let firstPort

/** The question's name and type, and where the question ends. */
function question(message) {
  const labels = []
  let at = 12
  while (message[at] !== 0) {
    labels.push(message.subarray(at + 1, at + 1 + message[at]).toString('ascii'))
    at += message[at] + 1
  }
  return { name: labels.join('.').toLowerCase(), type: message.readUInt16BE(at + 1), end: at + 5 }
}

function answer(query, rcode, address) {
  const { end } = question(query)
  const header = Buffer.from(query.subarray(0, 12))
  header[2] = 0x80 | (query[2] & 0x01) // a response, recursion desired as asked
  header[3] = 0x80 | rcode // recursion available
  header.writeUInt16BE(1, 4)
  header.writeUInt16BE(address ? 1 : 0, 6)
  header.writeUInt32BE(0, 8)
  const parts = [header, query.subarray(12, end)]
  if (address) {
    const record = Buffer.alloc(16)
    record.writeUInt16BE(0xc00c, 0) // the question's name
    record.writeUInt16BE(1, 2) // A
    record.writeUInt16BE(1, 4) // IN
    record.writeUInt32BE(0, 6) // TTL 0: nothing may keep it
    record.writeUInt16BE(4, 10)
    address.split('.').forEach((octet, i) => (record[12 + i] = Number(octet)))
    parts.push(record)
  }
  return Buffer.concat(parts)
}

const server = dgram.createSocket('udp4')
server.on('message', (query, peer) => {
  const { name, type } = question(query)
  firstPort ??= peer.port
  const address = addresses.get(name)
  const found = peer.port !== firstPort && address !== undefined
  const said = !found ? 'NXDOMAIN' : type === 1 ? address : 'NODATA'
  const reply = found ? answer(query, 0, type === 1 ? address : undefined) : answer(query, 3)
  process.stdout.write(`QUERY ${peer.port} ${name} ${type === 1 ? 'A' : type === 28 ? 'AAAA' : type} ${said}\n`)
  server.send(reply, peer.port, peer.address)
})
server.bind(53, '127.0.0.1', () => process.stdout.write('ready\n'))
process.stdin.resume()
process.stdin.on('end', () => server.close())
