import type { ContentionResult } from './contention';
import type { Machine } from './machine';
import type { SqlCount } from './sql-count';
import type { SubscriptionResult } from './subscriptions';
import type { ThroughputResult } from './throughput';

export interface GatewayResult {
  name: string;
  startupMs: number;
  idleRssMb: number;
  sql: SqlCount[];
  throughput: ThroughputResult;
  /** VmHWM: the most the process ever held, up to the end of its runs. */
  lifetimePeakRssMb: number;
}

export interface BenchResults {
  date: string;
  machine: Machine;
  settings: Record<string, unknown>;
  gateways: GatewayResult[];
  skipped: string[];
  subscriptions: SubscriptionResult | null;
  contention: ContentionResult | null;
  totalSeconds: number;
}
