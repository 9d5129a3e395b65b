import type { NextFunction, Request, Response } from 'express';
import { currentRequestScope, runInRequestScope } from './request-scope';

/** The two languages the platform answers in. */
export type Locale = 'zh' | 'en';

/** The request's language and whether it named both (then errors carry both messages). */
interface LanguagePreference {
  locale: Locale;
  bilingual: boolean;
}

/** Picks zh or en from an Accept-Language header by q-value; Chinese when neither is named. */
export function parseAcceptLanguage(header: string | undefined): Locale {
  return preferenceOf(header).locale;
}

/** Whether an Accept-Language header names both Chinese and English with a weight above zero. */
export function namesBothLanguages(header: string | undefined): boolean {
  return preferenceOf(header).bilingual;
}

/** The platform's languages an Accept-Language header names, best first (each once). */
function rankLanguages(header: string | undefined): Locale[] {
  if (!header) return [];
  const ranked = header
    .split(',')
    .map((part, index) => {
      const [tag, ...rest] = part.trim().toLowerCase().split(';');
      const q = rest.map((p) => p.trim()).find((p) => p.startsWith('q='));
      return { tag, q: q ? Number(q.slice(2)) || 0 : 1, index };
    })
    .filter((entry) => entry.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  const found: Locale[] = [];
  for (const { tag } of ranked) {
    const locale: Locale | undefined = tag.startsWith('zh') ? 'zh' : tag.startsWith('en') ? 'en' : undefined;
    if (locale && !found.includes(locale)) found.push(locale);
  }
  return found;
}

/** Express middleware: remembers the request's language for everything that runs on its behalf. */
export function requestLocaleMiddleware(req: Request, _res: Response, next: NextFunction): void {
  const language = preferenceOf(req.headers['accept-language']);
  // The observability middleware before this one opened the request's scope: the language joins it (no second
  // storage.run, whose extra storage every promise of the process would carry); without one, it opens its own.
  const scope = currentRequestScope();
  if (scope && scope.language === undefined) {
    scope.language = language;
    next();
  } else {
    runInRequestScope({ ...scope, language }, next);
  }
}

/** The preference an Accept-Language header states (ranked once: the middleware needs both answers). */
function preferenceOf(header: string | undefined): LanguagePreference {
  const ranked = rankLanguages(header);
  return { locale: ranked[0] ?? 'zh', bilingual: ranked.length === 2 };
}

function currentPreference(): LanguagePreference | undefined {
  return currentRequestScope()?.language as LanguagePreference | undefined;
}

/** The language of the request being served (Chinese outside a request). */
export function currentLocale(): Locale {
  return currentPreference()?.locale ?? 'zh';
}

/** Whether the request being served asked for both languages (Accept-Language naming zh and en). */
export function currentRequestIsBilingual(): boolean {
  return currentPreference()?.bilingual ?? false;
}

/** Runs work in the language an Accept-Language value names (a WebSocket connection's, which no middleware sees). */
export function withRequestLanguage<T>(header: string | undefined, work: () => T): T {
  return runInRequestScope({ ...currentRequestScope(), language: preferenceOf(header) }, work);
}
