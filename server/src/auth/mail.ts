// E-mail for invitations and password resets. Where SMTP_URL is set, nodemailer sends through that
// server (an smtp:// or smtps:// URL, its credentials from the environment); without it nothing is sent and staff hand the
// link on themselves. The app takes a Mailer, so tests pass one built on nodemailer's JSON transport.
import nodemailer from 'nodemailer';

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
}

export interface Mailer {
  send(message: MailMessage): Promise<void>;
}

/** A Mailer over any nodemailer transport (an SMTP URL, or test transports). */
export function nodemailerMailer(transport: Parameters<typeof nodemailer.createTransport>[0], from: string): Mailer {
  const transporter = nodemailer.createTransport(transport);
  return {
    async send(message) {
      await transporter.sendMail({ from, ...message });
    },
  };
}

/** The mailer the environment asks for, or null (no SMTP_URL: links are copied by hand). */
export function mailerFromEnv(env: NodeJS.ProcessEnv): Mailer | null {
  if (!env.SMTP_URL) return null;
  return nodemailerMailer(env.SMTP_URL, env.MAIL_FROM ?? 'Grenzland-Netz <no-reply@localhost>');
}
