import { useEffect, useMemo, useRef } from 'react';
import type { Client } from 'graphql-ws';
import type { TypedDocumentString } from '../gql/graphql';
import { RefreshSessionDocument } from '../graphql/operations';
import { ApiError, execute, type CallOptions } from './client';
import { createLiveClient } from './live';
import { expiresSoon, type Session } from './session';

export interface Api {
  /** Runs an operation as the signed-in user, refreshing the session when the token runs out. */
  call<TResult, TVariables>(
    document: TypedDocumentString<TResult, TVariables>,
    variables: TVariables,
    options?: CallOptions,
  ): Promise<TResult>;
  /** The WebSocket client for subscriptions, opened on first use. */
  live(): Client;
}

/** The API as the signed-in user; `onSession` hears of refreshed sessions and of their end. */
export function useApi(session: Session, onSession: (session: Session | null) => void): Api {
  const current = useRef(session);
  current.current = session;
  const liveClient = useRef<Client | null>(null);

  const api = useMemo<Api>(() => {
    let refreshing: Promise<Session | null> | null = null;
    const refresh = () =>
      (refreshing ??= execute(RefreshSessionDocument, {
        refreshToken: current.current.refreshToken,
      })
        .then(({ refreshSession }) => {
          current.current = refreshSession;
          onSession(refreshSession);
          return refreshSession;
        })
        .catch(() => {
          onSession(null);
          return null;
        })
        .finally(() => {
          refreshing = null;
        }));
    const accessToken = async () =>
      expiresSoon(current.current)
        ? ((await refresh())?.accessToken ?? null)
        : current.current.accessToken;

    return {
      async call(document, variables, options) {
        try {
          return await execute(document, variables, (await accessToken()) ?? undefined, options);
        } catch (error) {
          if (!(error instanceof ApiError) || error.code !== 'UNAUTHENTICATED') throw error;
          const renewed = await refresh();
          if (!renewed) throw error;
          return execute(document, variables, renewed.accessToken, options);
        }
      },
      live() {
        liveClient.current ??= createLiveClient(accessToken);
        return liveClient.current;
      },
    };
  }, [onSession]);

  useEffect(
    () => () => {
      void liveClient.current?.dispose();
      liveClient.current = null;
    },
    [api],
  );
  return api;
}
