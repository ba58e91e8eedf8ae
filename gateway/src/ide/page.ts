import { IDE_CONFIG_ELEMENT_ID, type IdePageConfig } from './browser/config';

/** The IDE's HTML page: the bundle's script and styles, and its configuration as inert JSON. */
export function renderIdePage(config: IdePageConfig, script: string, styles: string[]): string {
  // Escaping '<' keeps the JSON from ever closing its <script> element early.
  const configJson = JSON.stringify(config).replace(/</g, '\\u003c');
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Pharmacy GraphQL IDE</title>
    <link rel="icon" href="data:," />
${styles.map((href) => `    <link rel="stylesheet" href="${href}" />`).join('\n')}
    <script id="${IDE_CONFIG_ELEMENT_ID}" type="application/json">${configJson}</script>
    <script type="module" src="${script}"></script>
  </head>
  <body>
    <div id="graphiql">Loading the GraphQL IDE…</div>
  </body>
</html>
`;
}
