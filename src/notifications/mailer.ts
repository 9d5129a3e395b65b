import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import nodemailer from 'nodemailer';
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
 * The transport the configuration names: SMTP when SMTP_HOST is set, otherwise nodemailer's JSON transport with
 * each message written as `<notification id>.json` under `mailDir` (development and test; production refuses to
 * start without SMTP while email is enabled, see config.ts).
 */
export function createMailer(config: EmailConfig): Mailer {
  if (config.smtp) {
    const { host, port, secure, user, pass } = config.smtp;
    const transport = nodemailer.createTransport({ host, port, secure, auth: user ? { user, pass } : undefined });
    return {
      async send(mail) {
        await transport.sendMail({ from: config.from, to: mail.to, subject: mail.subject, text: mail.text, messageId: messageIdOf(mail, config.from) });
      },
    };
  }
  const transport = nodemailer.createTransport({ jsonTransport: true });
  return {
    async send(mail) {
      const info = await transport.sendMail({ from: config.from, to: mail.to, subject: mail.subject, text: mail.text, messageId: messageIdOf(mail, config.from) });
      await mkdir(config.mailDir, { recursive: true });
      // 'wx': a message is written once; a file already there is that message delivered (by an attempt whose
      // settling was lost), not a second copy.
      await writeFile(path.join(config.mailDir, `${mail.notificationId}.json`), String(info.message), { flag: 'wx' }).catch((error: NodeJS.ErrnoException) => {
        if (error.code !== 'EEXIST') throw error;
      });
    },
  };
}
