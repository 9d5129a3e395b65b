// The shape of a rendered message, apart from the templates: job templates (src/jobs) and the notification
// templates both use it without importing each other.

/** What a template renders: a subject line and a plain-text body. */
export interface RenderedMessage {
  subject: string;
  body: string;
}

/** The facts a template is rendered from (kept with the message as `params`). */
export type TemplateParams = Record<string, string | number | string[] | null | undefined>;
