// The example applicant portal: plain DOM code on the typed client package (@ece/api-client), branded by the
// society of its host name (csee.localhost → CSEE). It signs in, starts an application, saves a section, uploads and
// attaches a file, submits, and follows the stage.
import {
  ApiError, ApplicationDocument, AttachFileDocument, createClient, LoginDocument, MyApplicationsDocument, SaveSelfStatementDocument,
  SocietyBrandingDocument, StartApplicationDocument, SubmitApplicationDocument, type FilePurpose, type Language,
} from '@ece/api-client';

/** The society a host name names: its first label (csee.portal.example.cn → CSEE); ?society= overrides it for a bare host. */
export function societyOfHost(location: Location): string | undefined {
  const explicit = new URLSearchParams(location.search).get('society');
  if (explicit) return explicit.toUpperCase();
  const labels = location.hostname.split('.');
  return labels.length > 1 && !/^\d+$/.test(labels[0]) ? labels[0].toUpperCase() : undefined;
}

const society = societyOfHost(window.location);
const language: Language = navigator.language.toLowerCase().startsWith('zh') ? 'zh' : 'en';
let token: string | null = sessionStorage.getItem('portal-token');
const api = createClient({ url: new URL('/graphql', window.location.href).toString(), society, language, token: () => token });

const $ = <T extends HTMLElement>(id: string): T => document.getElementById(id) as T;
let current: { id: string; version: number; stage: string } | null = null;

/** Shows a message; an ApiError shows its code and both languages (the request's first). */
function say(text: string, kind: 'info' | 'error' = 'info'): void {
  $('message').textContent = text;
  $('message').dataset.kind = kind;
}

function sayError(error: unknown): void {
  if (error instanceof ApiError) {
    const details = error.errors.map((entry) => `${entry.code}${entry.field ? ` (${entry.field})` : ''}: ${entry.messageZh} / ${entry.messageEn}`);
    say(details.join('\n') || error.message, 'error');
  } else say(String(error), 'error');
}

/** Paints the society's branding: names, logo, colours, contacts. */
async function brand(): Promise<void> {
  if (!society) return;
  const { society: found } = await api.request(SocietyBrandingDocument, { code: society });
  if (!found) return;
  document.title = `${found.name} · 工程能力评价`;
  $('society-name').textContent = found.name;
  $('society-name-en').textContent = found.nameEn ?? '';
  if (found.logoUrl) Object.assign($<HTMLImageElement>('logo'), { src: found.logoUrl, hidden: false });
  if (found.primaryColor) document.documentElement.style.setProperty('--primary', found.primaryColor);
  if (found.accentColor) document.documentElement.style.setProperty('--accent', found.accentColor);
  $('contacts').textContent = (found.contacts ?? []).map((c) => `${c.role ?? ''} ${c.name ?? ''} ${c.phone ?? ''} ${c.email ?? ''}`.trim()).join(' · ');
  document.body.dataset.society = found.code;
}

/** Shows where the application stands and which forms apply. */
function show(application: { id: string | null; version: number | null; stage: string | null } | null): void {
  // Application fields are guarded (the visibility matrix), hence nullable: a field the viewer may not read is null.
  current = application?.id ? { id: application.id, version: application.version ?? 0, stage: application.stage ?? '' } : null;
  $('stage').textContent = current?.stage ?? '—';
  $('version').textContent = current ? String(current.version) : '—';
  $('start-form').hidden = current !== null;
  const draft = current?.stage === 'DRAFT';
  $('statement-form').hidden = !draft;
  $('upload-form').hidden = !draft;
  $('actions').hidden = current === null;
  $('submit-application').hidden = !draft;
  document.body.dataset.stage = current?.stage ?? 'NONE';
}

async function refresh(): Promise<void> {
  if (current) {
    const { application } = await api.request(ApplicationDocument, { id: current.id });
    show(application);
  } else {
    const { myApplications } = await api.request(MyApplicationsDocument);
    show(myApplications?.[0] ?? null);
  }
}

async function signedIn(): Promise<void> {
  $('login-section').hidden = true;
  $('application-section').hidden = false;
  await refresh();
  document.body.dataset.signedIn = 'true';
}

/** Runs a handler, showing any refusal instead of throwing it into the console. */
function guarded(work: () => Promise<void>): () => void {
  return () => {
    work().catch(sayError);
  };
}

$('login-form').addEventListener('submit', (event) => {
  event.preventDefault();
  guarded(async () => {
    const { login } = await api.request(LoginDocument, { email: $<HTMLInputElement>('email').value, password: $<HTMLInputElement>('password').value });
    token = login?.token ?? null;
    if (token) sessionStorage.setItem('portal-token', token);
    say('已登录 Signed in');
    await signedIn();
  })();
});

$('start-form').addEventListener('submit', (event) => {
  event.preventDefault();
  guarded(async () => {
    const { startApplication } = await api.request(StartApplicationDocument, {
      input: { fieldCode: $<HTMLInputElement>('field-code').value, specialtyCode: $<HTMLInputElement>('specialty-code').value, gradeCode: $<HTMLSelectElement>('grade-code').value },
    });
    show(startApplication);
    say('申请已创建 Application started');
  })();
});

$('statement-form').addEventListener('submit', (event) => {
  event.preventDefault();
  guarded(async () => {
    if (!current) return;
    const { saveSelfStatement } = await api.request(SaveSelfStatementDocument, { applicationId: current.id, expectedVersion: current.version, text: $<HTMLTextAreaElement>('statement').value });
    show(saveSelfStatement);
    $('statement-count').textContent = `${saveSelfStatement?.selfStatement?.characterCount ?? 0} 字`;
    say('自述已保存 Section saved');
  })();
});

$('upload-form').addEventListener('submit', (event) => {
  event.preventDefault();
  guarded(async () => {
    const file = $<HTMLInputElement>('file').files?.[0];
    if (!current || !file) return;
    const stored = await api.upload(file, file.name);
    const purpose = $<HTMLSelectElement>('purpose').value as FilePurpose;
    const { attachFile } = await api.request(AttachFileDocument, { input: { applicationId: current.id, expectedVersion: current.version, fileId: stored.id, purpose } });
    show(attachFile);
    const item = document.createElement('li');
    item.textContent = `${purpose}: ${file.name} (${stored.size} B)`;
    item.dataset.fileId = stored.id;
    $('files').append(item);
    say('材料已上传 File attached');
  })();
});

$('submit-application').addEventListener('click', guarded(async () => {
  if (!current) return;
  await refresh(); // someone (or another tab) may have saved meanwhile: submit the version on screen
  const { submitApplication } = await api.request(SubmitApplicationDocument, {
    input: { applicationId: current!.id, expectedVersion: current!.version, consentToVerification: $<HTMLInputElement>('consent').checked },
  });
  show(submitApplication);
  say('已提交 Submitted');
}));

$('refresh').addEventListener('click', guarded(refresh));

guarded(async () => {
  await brand();
  if (token) await signedIn();
  document.body.dataset.ready = 'true';
})();
