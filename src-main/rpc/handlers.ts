import type { MethodName } from '../../src-preload/contract/channels.ts';
import type { Output, ParsedInput } from '../../src-preload/contract/api.ts';
import type { Services } from '../services/createServices.ts';

/** One handler per contract method; a missing or mistyped one is a compile error. */
export type Handlers = {
  [M in MethodName]: (input: ParsedInput<M>) => Output<M> | Promise<Output<M>>;
};

export interface HandlerContext {
  services: Services;
  app: { name: string; version: string; schemaVersion: number };
  /** Called when the renderer has flushed its saves for a quit request (desktop only). */
  onQuitReady?: (requestId: string) => void;
}

/** Thin handlers: the input is already validated; each calls one service. */
export function createHandlers({ services, app, onQuitReady }: HandlerContext): Handlers {
  return {
    getAppInfo: () => ({ ...app }),
    listArticles: () => services.articles.list(),
    createArticle: (input) => services.articles.create(input),
    getArticle: ({ id }) => services.articles.get(id),
    saveArticle: (input) => services.articles.save(input),
    getSettings: () => services.settings.get(),
    updateSettings: (patch) => services.settings.update(patch),
    reportQuitReady: ({ requestId }) => {
      onQuitReady?.(requestId);
      return {};
    },
  };
}
