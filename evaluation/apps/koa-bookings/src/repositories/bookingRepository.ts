import { db } from '../db';
import { Booking } from '../types';

const SORTABLE: Record<string, string> = { checkin: 'check_in', created: 'created_at', guest: 'guest_name' };

export async function byReference(reference: string): Promise<Booking | undefined> {
  return db<Booking>('bookings').where({ reference }).first();
}

export async function forGuest(email: string, sort: string | undefined): Promise<Booking[]> {
  const column = SORTABLE[sort ?? ''] ?? 'check_in';
  return db<Booking>('bookings').where('guest_email', email).orderBy(column, 'desc');
}

export async function search(term: string, orderBy: string): Promise<Booking[]> {
  const matching = db<Booking>('bookings').where('guest_name', 'ilike', `%${term}%`);
  return matching.orderByRaw(orderBy); // vuln: sql-injection
}

export async function insert(booking: Omit<Booking, 'id'>): Promise<number> {
  const [row] = await db('bookings').insert(booking).returning('id');
  return row.id;
}

export async function markPaid(reference: string): Promise<void> {
  await db('bookings').where({ reference }).update({ status: 'paid' });
}

export async function cancel(reference: string): Promise<number> {
  return db('bookings').where({ reference }).update({ status: 'cancelled' });
}
