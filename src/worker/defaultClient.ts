/** The page's one compute client, created on first use (which creates no worker yet either). */
import type { ComputeClient } from './client';
import { createComputeClient } from './client';

let client: ComputeClient | null = null;

export function getComputeClient(): ComputeClient {
  client ??= createComputeClient();
  return client;
}
