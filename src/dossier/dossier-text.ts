import type { Application } from '../entities';
import type { Loaders } from '../loaders';
import { fillDeferred, isDeferred } from '../loaders/read-model';

/**
 * The application's long texts: the self-statement (3,000–5,000 characters recommended, up to 30,000) and the three
 * career plans. A work queue of 100 or a public notice shows none of them, yet read with every row they were most
 * of what PostgreSQL rendered and Node decoded and parsed (issue 14). Reads that do not show or check them defer
 * them (valuesReader's `deferred`); code that needs them fills them first (withDossierText), and reading them
 * unfilled throws rather than answering `undefined` for a text that exists.
 */
export const DOSSIER_TEXT = ['selfStatement', 'careerPlanShortTerm', 'careerPlanMidTerm', 'careerPlanLongTerm'] as const;

/**
 * The application with its long texts: itself when they were read (an entity, or a read model that read them), else
 * filled from the application read whole through the request's batched loader (one statement for all asking at once).
 */
export async function withDossierText(loaders: Pick<Loaders, 'applicationById'>, application: Application): Promise<Application> {
  if (!isDeferred(application, 'selfStatement')) return application;
  const whole = await loaders.applicationById.load(application.id);
  // The application was just read behind the same walls: its row cannot be missing now.
  if (!whole) throw new Error(`application ${application.id} is not readable`);
  fillDeferred(application, whole, DOSSIER_TEXT);
  return application;
}
