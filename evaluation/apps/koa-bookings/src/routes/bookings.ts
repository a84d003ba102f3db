import Router from '@koa/router';
import { BookingService, NewBooking } from '../services/bookingService';
import * as invoices from '../services/invoiceService';
import { importCalendar } from '../services/channelSync';

const bookings = new BookingService();
export const bookingRouter = new Router({ prefix: '/bookings' });

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);
}

bookingRouter.post('/', async (ctx) => {
  const input = ctx.request.body as NewBooking;
  const booking = await bookings.create(input);
  ctx.cookies.set('last_booking', booking.reference, { httpOnly: false, maxAge: 7 * 24 * 3600 * 1000 }); // vuln: insecure-cookie
  ctx.status = 201;
  ctx.body = { reference: booking.reference };
});

bookingRouter.get('/:reference', async (ctx) => {
  const booking = await bookings.find(ctx.params.reference);
  if (!booking) {
    ctx.type = 'html';
    ctx.status = 404;
    ctx.body = `<p>No booking ${ctx.params.reference}. <a href="/rooms">Find a room</a></p>`; // vuln: xss
    return;
  }
  await ctx.render('booking', { booking });
});

bookingRouter.get('/:reference/status', async (ctx) => {
  const booking = await bookings.find(ctx.params.reference);
  ctx.type = 'html';
  ctx.body = booking
    ? `<p>Booking ${escapeHtml(booking.reference)} is ${escapeHtml(booking.status)}</p>`
    : `<p>Unknown booking ${escapeHtml(ctx.params.reference)}</p>`;
});

bookingRouter.post('/:reference/cancel', async (ctx) => {
  await bookings.cancel(ctx.params.reference);
  const returnTo = ctx.query.returnTo as string | undefined;
  ctx.redirect(returnTo || '/rooms'); // vuln: open-redirect
});

bookingRouter.post('/:reference/paid', async (ctx) => {
  await bookings.confirmPayment(ctx.params.reference);
  ctx.redirect(`/bookings/${encodeURIComponent(ctx.params.reference)}`);
});

bookingRouter.post('/:reference/invoice', async (ctx) => {
  const booking = await bookings.find(ctx.params.reference);
  if (!booking) {
    ctx.throw(404);
  }
  const { footer } = ctx.request.body as { footer?: string };
  const file = await invoices.renderPdf(booking, footer ?? 'Thank you for staying with us');
  ctx.body = { file };
});

bookingRouter.get('/invoices/:file', async (ctx) => {
  ctx.type = 'application/pdf';
  ctx.body = invoices.openInvoice(ctx.params.file);
});

bookingRouter.get('/:reference/invoice.pdf', async (ctx) => {
  ctx.type = 'application/pdf';
  ctx.body = invoices.openOwnInvoice(ctx.params.reference);
});

bookingRouter.post('/calendar/import', async (ctx) => {
  const { icalUrl } = ctx.request.body as { icalUrl: string };
  const ics = await importCalendar(icalUrl);
  ctx.body = { events: (ics.match(/BEGIN:VEVENT/g) || []).length };
});

bookingRouter.get('/admin/search', async (ctx) => {
  const term = String(ctx.query.q ?? '');
  const order = typeof ctx.query.order === 'string' ? ctx.query.order : undefined;
  ctx.body = await bookings.searchGuests(term, order);
});
