import { AsyncLocalStorage } from 'node:async_hooks';
import type { NextFunction, Request, Response } from 'express';

/** The two languages the platform answers in. */
export type Locale = 'zh' | 'en';

const storage = new AsyncLocalStorage<Locale>();

/** Picks zh or en from an Accept-Language header by q-value; Chinese when neither is named. */
export function parseAcceptLanguage(header: string | undefined): Locale {
  if (!header) return 'zh';
  const ranked = header
    .split(',')
    .map((part, index) => {
      const [tag, ...rest] = part.trim().toLowerCase().split(';');
      const q = rest.map((p) => p.trim()).find((p) => p.startsWith('q='));
      return { tag, q: q ? Number(q.slice(2)) || 0 : 1, index };
    })
    .filter((entry) => entry.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  for (const { tag } of ranked) {
    if (tag.startsWith('zh')) return 'zh';
    if (tag.startsWith('en')) return 'en';
  }
  return 'zh';
}

/** Express middleware: remembers the request's language for everything that runs on its behalf. */
export function requestLocaleMiddleware(req: Request, _res: Response, next: NextFunction): void {
  storage.run(parseAcceptLanguage(req.headers['accept-language']), next);
}

/** The language of the request being served (Chinese outside a request). */
export function currentLocale(): Locale {
  return storage.getStore() ?? 'zh';
}
