// Embedded mode (and development) without SMTP: the message is written as an RFC 822 file,
// DATA_DIR/mail/<outboxId>.eml, that the admin opens from the outbox page — the same bytes SMTP would have carried,
// built by nodemailer's stream transport.
import fs from 'node:fs/promises';
import path from 'node:path';
import nodemailer, { type SendMailOptions } from 'nodemailer';

const EML_NAME = /^[0-9a-f-]{36}\.eml$/;

export const emlFileName = (outboxId: string) => `${outboxId}.eml`;

/** The folder's path of a stored .eml name, or undefined for a name that is not one we write (never a path). */
export function emlPath(dataDir: string, fileName: string): string | undefined {
  return EML_NAME.test(fileName) ? path.join(dataDir, 'mail', fileName) : undefined;
}

/** Writes the message and returns its file name. Write then rename: a crash never leaves half a mail under the
 * real name, and a second write of the same mail replaces the first whole. */
export async function writeEmlFile({ dataDir, outboxId, message }: { dataDir: string; outboxId: string; message: SendMailOptions }): Promise<string> {
  const name = emlFileName(outboxId);
  const file = emlPath(dataDir, name);
  if (!file) throw new Error(`not an outbox id: ${outboxId}`);
  const built = await nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'windows' }).sendMail(message);
  await fs.mkdir(path.dirname(file), { recursive: true });
  const tmp = `${file}.tmp-${process.pid}`;
  await fs.writeFile(tmp, built.message as Buffer);
  await fs.rename(tmp, file);
  return name;
}

/** A written .eml file's bytes, or undefined when it is not there. */
export async function readEmlFile(dataDir: string, fileName: string): Promise<Buffer | undefined> {
  const file = emlPath(dataDir, fileName);
  if (!file) return undefined;
  try {
    return await fs.readFile(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}
