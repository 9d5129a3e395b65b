import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Transporter } from 'nodemailer';
import type { EmailConfig } from '../config';

/** One email as the delivery job hands it over. */
export interface OutgoingMail {
  /** The outbox message's id: also the Message-ID, so a receiving server can tell a repeat. */
  notificationId: string;
  to: string;
  subject: string;
  text: string;
}

/** Sends one email; throws when the transport does not accept it (the job then retries later). */
export interface Mailer {
  send(mail: OutgoingMail): Promise<void>;
}

function messageIdOf(mail: OutgoingMail, from: string): string {
  const domain = /@([^>\s]+)/.exec(from)?.[1] ?? 'localhost';
  return `<${mail.notificationId}@${domain}>`;
}

/**
 * A transport created on the first message: nodemailer (some 5 MB of heap and code) is loaded then, not at start,
 * so a server that sends no mail never holds it.
 */
function lazyTransport(options: () => Parameters<typeof import('nodemailer').createTransport>[0]): () => Promise<Transporter> {
  let transport: Promise<Transporter> | undefined;
  return () => (transport ??= import('nodemailer').then(({ default: nodemailer }) => nodemailer.createTransport(options())));
}

/**
 * The transport the configuration names: SMTP when SMTP_HOST is set, otherwise nodemailer's JSON transport with
 * each message written as `<notification id>.json` under `mailDir` (development and test; production refuses to
 * start without SMTP while email is enabled, see config.ts).
 */
export function createMailer(config: EmailConfig): Mailer {
  if (config.smtp) {
    const { host, port, secure, user, pass } = config.smtp;
    const transport = lazyTransport(() => ({ host, port, secure, auth: user ? { user, pass } : undefined }));
    return {
      async send(mail) {
        await (await transport()).sendMail({ from: config.from, to: mail.to, subject: mail.subject, text: mail.text, messageId: messageIdOf(mail, config.from) });
      },
    };
  }
  const transport = lazyTransport(() => ({ jsonTransport: true as const }));
  return {
    async send(mail) {
      const info = await (await transport()).sendMail({ from: config.from, to: mail.to, subject: mail.subject, text: mail.text, messageId: messageIdOf(mail, config.from) });
      await mkdir(config.mailDir, { recursive: true });
      // 'wx': a message is written once; a file already there is that message delivered (by an attempt whose
      // settling was lost), not a second copy.
      await writeFile(path.join(config.mailDir, `${mail.notificationId}.json`), String(info.message), { flag: 'wx' }).catch((error: NodeJS.ErrnoException) => {
        if (error.code !== 'EEXIST') throw error;
      });
    },
  };
}
