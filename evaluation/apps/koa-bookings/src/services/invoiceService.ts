import { spawn } from 'child_process';
import { createReadStream, ReadStream } from 'fs';
import * as path from 'path';
import { config } from '../config';
import { Booking } from '../types';

export function renderPdf(booking: Booking, footer: string): Promise<string> {
  const out = path.join(config.invoiceDir, `${booking.reference}.pdf`);
  const url = `http://localhost:${config.port}/internal/invoices/${booking.id}`;
  return new Promise((resolve, reject) => {
    const child = spawn('sh', ['-c', `wkhtmltopdf --footer-center "${footer}" ${url} ${out}`]); // vuln: command-injection
    child.on('exit', (code) => (code === 0 ? resolve(out) : reject(new Error(`wkhtmltopdf exited ${code}`))));
  });
}

export function renderPdfSafely(booking: Booking, footer: string): Promise<string> {
  const out = path.join(config.invoiceDir, `${booking.reference}.pdf`);
  const url = `http://localhost:${config.port}/internal/invoices/${booking.id}`;
  return new Promise((resolve, reject) => {
    const child = spawn('wkhtmltopdf', ['--footer-center', footer, url, out]);
    child.on('exit', (code) => (code === 0 ? resolve(out) : reject(new Error(`wkhtmltopdf exited ${code}`))));
  });
}

export function openInvoice(fileName: string): ReadStream {
  return createReadStream(path.join(config.invoiceDir, fileName)); // vuln: path-traversal
}

export function openOwnInvoice(reference: string): ReadStream {
  return createReadStream(path.join(config.invoiceDir, `${reference.replace(/[^A-Z0-9]/g, '')}.pdf`));
}
