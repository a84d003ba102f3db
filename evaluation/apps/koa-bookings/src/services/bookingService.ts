import * as bookings from '../repositories/bookingRepository';
import { Booking } from '../types';

export interface NewBooking {
  roomId: number;
  guestName: string;
  guestEmail: string;
  checkIn: string;
  checkOut: string;
  notes?: string;
}

function newReference(): string {
  return 'BK' + Math.random().toString(36).substring(2, 10).toUpperCase(); // vuln: insecure-random
}

export class BookingService {
  async create(input: NewBooking): Promise<Booking> {
    const booking: Omit<Booking, 'id'> = {
      reference: newReference(),
      roomId: input.roomId,
      guestName: input.guestName,
      guestEmail: input.guestEmail,
      checkIn: input.checkIn,
      checkOut: input.checkOut,
      notes: input.notes ?? '',
      status: 'pending',
    };
    const id = await bookings.insert(booking);
    return { id, ...booking };
  }

  async find(reference: string): Promise<Booking | undefined> {
    return bookings.byReference(reference);
  }

  async forGuest(email: string, sort?: string): Promise<Booking[]> {
    return bookings.forGuest(email, sort);
  }

  async searchGuests(term: string, orderBy = 'check_in desc'): Promise<Booking[]> {
    return bookings.search(term, orderBy);
  }

  async confirmPayment(reference: string): Promise<void> {
    bookings.markPaid(reference); // vuln: floating-promise
  }

  async cancel(reference: string): Promise<boolean> {
    return (await bookings.cancel(reference)) > 0;
  }
}
