// The IDE page's script, bundled by the gateway (../bundle.ts) and run in the browser.
import { GraphiQL } from 'graphiql';
import 'graphiql/style.css';
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { IDE_CONFIG_ELEMENT_ID, type IdePageConfig } from './config';
import { createIdeFetcher } from './fetcher';
import { setupMonacoWorkers } from './workers';
import './ide.css';

const configText = document.getElementById(IDE_CONFIG_ELEMENT_ID)?.textContent;
if (!configText) throw new Error('The IDE page has no configuration');
const config = JSON.parse(configText) as IdePageConfig;

setupMonacoWorkers(config.workers);
const container = document.getElementById('graphiql');
if (!container) throw new Error('The IDE page has no #graphiql element');

createRoot(container).render(
  createElement(GraphiQL, {
    fetcher: createIdeFetcher(config.endpointPath, window.location),
    defaultTabs: config.defaultTabs,
    defaultHeaders: config.defaultHeaders,
    defaultEditorToolsVisibility: true,
    // Tokens stay out of localStorage unless the user turns this on in the settings.
    shouldPersistHeaders: false,
    showPersistHeadersSettings: true,
  }),
);
