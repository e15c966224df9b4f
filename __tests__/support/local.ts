/**
 * The local Secrets Manager of an integration suite: moto, and a pass-through fault proxy in front
 * of it (to count requests, or to inject faults).
 */
import { startMoto, type Moto } from '../../scripts/moto.mjs'
import { closeAwsHelper } from './aws.js'
import { startFaultProxy, type FaultProxy } from './faults.js'

export interface Local {
  readonly moto: Moto
  readonly proxy: FaultProxy
}

export async function startLocal(): Promise<Local> {
  const moto = await startMoto()
  return { moto, proxy: await startFaultProxy(moto.endpoint) }
}

/** Stops what startLocal started, and the boto3 helper process of the suite. */
export async function stopLocal(local: Partial<Local>): Promise<void> {
  await local.proxy?.close()
  await local.moto?.stop()
  await closeAwsHelper()
}

/** Names for a suite's secrets, one per test, so that no test depends on another's leftovers. */
export function secretNames(prefix: string): (label: string) => string {
  let serial = 0
  return (label) => `${prefix}/${label}-${++serial}`
}
