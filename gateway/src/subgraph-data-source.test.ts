import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  INTERNAL_CREDENTIAL_HEADER,
  internalCredentialKey,
  verifyInternalCredential,
} from '@pharmacy/auth';
import type { GatewayContext } from './context';
import { SubgraphDataSource } from './subgraph-data-source';

const key = internalCredentialKey('a test secret of at least 32 characters');
const received: IncomingHttpHeaders[] = [];
let subgraph: Server;
let url: string;

beforeAll(async () => {
  // A stand-in subgraph that notes the headers of each call.
  subgraph = createServer((req, res) => {
    received.push(req.headers);
    req.resume().on('end', () => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ data: { __typename: 'Query' } }));
    });
  });
  await new Promise<void>((resolve) => subgraph.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(subgraph.address() as AddressInfo).port}/graphql`;
});
afterAll(async () => {
  subgraph.closeAllConnections();
  await new Promise((resolve) => subgraph.close(resolve));
});

describe('SubgraphDataSource', () => {
  it("sends the request id, the client's address and a credential naming the caller", async () => {
    const context: GatewayContext = {
      caller: { kind: 'user', userId: 'u-1', role: 'PHARMACIST', pharmacyIds: [] },
      clientAddress: '10.0.0.9',
      requestId: 'req-9',
      operationId: 'op-9',
    };
    // A call outside any incoming operation; @apollo/gateway exports no value for its kind.
    const options = { kind: 'loading schema', request: { query: '{ __typename }' }, context };
    const response = await new SubgraphDataSource(url, key, 5_000).process(
      options as unknown as Parameters<SubgraphDataSource['process']>[0],
    );
    expect(response.data).toEqual({ __typename: 'Query' });
    const [headers] = received;
    expect(headers).toMatchObject({
      'x-request-id': 'req-9',
      'x-operation-id': 'op-9',
      'x-client-address': '10.0.0.9',
    });
    const credential = headers![INTERNAL_CREDENTIAL_HEADER] as string;
    await expect(verifyInternalCredential(key, credential)).resolves.toEqual(context.caller);
    expect(headers!.authorization).toBeUndefined();
  });
});
