import { GraphQLError } from 'graphql';
import { ErrorCode } from '@pharmacy/errors';
import type { Connection } from './connection-auth';

const tooMany = (limit: number, per: string) =>
  new GraphQLError(`At most ${limit} subscriptions per ${per}`, {
    extensions: { code: ErrorCode.RATE_LIMITED },
  });

/** Live subscriptions per connection and per user, from any number of connections. */
export class SubscriptionQuota {
  private readonly perUser = new Map<string, number>();

  constructor(private readonly limits: { perConnection: number; perUser: number }) {}

  /** Counts subscription `id` of `connection`, or says why it would be one too many. */
  take(connection: Connection, id: string): GraphQLError | undefined {
    const userId = connection.caller.userId;
    if (connection.operations.size >= this.limits.perConnection)
      return tooMany(this.limits.perConnection, 'connection');
    if ((this.perUser.get(userId) ?? 0) >= this.limits.perUser)
      return tooMany(this.limits.perUser, 'user');
    connection.operations.add(id);
    this.perUser.set(userId, (this.perUser.get(userId) ?? 0) + 1);
    return undefined;
  }

  release(connection: Connection, id: string): void {
    if (!connection.operations.delete(id)) return;
    const left = (this.perUser.get(connection.caller.userId) ?? 1) - 1;
    if (left > 0) this.perUser.set(connection.caller.userId, left);
    else this.perUser.delete(connection.caller.userId);
  }

  releaseAll(connection: Connection): void {
    for (const id of [...connection.operations]) this.release(connection, id);
  }
}
