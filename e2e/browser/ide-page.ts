import type { Page, WebSocket } from 'playwright-core';
import { expect } from 'vitest';

// Monaco draws spaces as no-break spaces.
const noBreak = (text: string) => text.replace(/\u00a0/g, ' ');

/** A graphql-ws message; `next` carries an operation's result. */
interface Frame {
  type: string;
  payload?: { data?: Record<string, unknown> } & Record<string, unknown>;
}

/** What a developer does in GraphiQL, as steps the IDE tests take. */
export function ideSteps(page: Page, origin: string) {
  return {
    /** The answer to the next request the page sends for the named operation. */
    graphqlResponse: (operationName: string) =>
      page.waitForResponse(
        (r) =>
          r.url() === `${origin}/graphql` &&
          new RegExp(`(query|mutation) ${operationName}\\b`).test(r.request().postData() ?? ''),
      ),

    /** Opens an example tab and waits until its operation is in the editor (Run would use it). */
    async openTab(name: string) {
      await page.getByRole('tab', { name }).click();
      await expect
        .poll(() => page.getByRole('tab', { name }).getAttribute('aria-selected'))
        .toBe('true');
      await expect
        .poll(async () => noBreak(await page.locator('.graphiql-query-editor').innerText()))
        .toMatch(new RegExp(`(query|mutation|subscription) ${name}\\b`));
    },

    /** Replaces the content of one of the editor tools (Variables or Headers). */
    async setEditorTool(tool: 'Variables' | 'Headers', text: string) {
      await page.locator('.graphiql-editor-tools button', { hasText: tool }).click();
      const uri = tool === 'Headers' ? 'request-headers.json' : 'variables.json';
      await page.locator(`.monaco-editor[data-uri$="-${uri}"]`).click();
      await page.keyboard.press('ControlOrMeta+A');
      await page.keyboard.press('Delete');
      // insertText types no key strokes, so the editor adds no closing brackets or quotes.
      await page.keyboard.insertText(text);
    },

    /** The frames of the next WebSocket the page opens, as they come, both ways. */
    nextSocket() {
      const sent: Frame[] = [];
      const received: Frame[] = [];
      const opened = new Promise<WebSocket>((resolve) =>
        page.once('websocket', (socket) => {
          socket.on('framesent', (frame) => sent.push(JSON.parse(String(frame.payload))));
          socket.on('framereceived', (frame) => received.push(JSON.parse(String(frame.payload))));
          resolve(socket);
        }),
      );
      return { opened, sent, received };
    },

    run: () => page.getByRole('button', { name: 'Execute query (Ctrl-Enter)' }).click(),

    resultText: async () =>
      noBreak(await page.locator('section[aria-label="Result Window"]').innerText()),
  };
}
