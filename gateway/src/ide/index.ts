export { createIdeHandler, type IdeHandlerOptions } from './ide-handler';
export { createStaticHandler, type RequestHandler } from './static';
