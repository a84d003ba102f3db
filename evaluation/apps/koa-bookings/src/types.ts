export interface Room {
  id: number;
  hotelId: number;
  name: string;
  description: string;
  city: string;
  nightlyRate: number;
  capacity: number;
}

export interface Booking {
  id: number;
  reference: string;
  roomId: number;
  guestName: string;
  guestEmail: string;
  checkIn: string;
  checkOut: string;
  notes: string;
  status: 'pending' | 'confirmed' | 'paid' | 'cancelled';
}

export interface RoomSearch {
  city: string;
  from: string;
  to: string;
  guests?: string;
  amenity?: string;
  sort?: string;
}
