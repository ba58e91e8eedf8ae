/** What the gateway tells the IDE page, embedded in it as JSON (no inline script, for the CSP). */
export interface IdePageConfig {
  /** The GraphQL endpoint's path on this origin, such as /graphql. */
  endpointPath: string;
  /** Where each Monaco editor worker's script is served. */
  workers: Record<WorkerLabel, string>;
  /** The headers editor's content in new tabs (and in the first tab of a first visit). */
  defaultHeaders: string;
  /** The tabs a first visit opens with. */
  defaultTabs: { query: string; variables?: string; headers?: string }[];
}

export type WorkerLabel = 'editor' | 'json' | 'graphql';

export const IDE_CONFIG_ELEMENT_ID = 'ide-config';
