import { db } from '../db';
import { Room, RoomSearch } from '../types';

const ROOM_COLUMNS = ['id', 'hotel_id as hotelId', 'name', 'description', 'city', 'nightly_rate as nightlyRate', 'capacity'];

export async function findAvailable(search: RoomSearch): Promise<Room[]> {
  const query = db('rooms')
    .select(ROOM_COLUMNS)
    .whereRaw('lower(city) = lower(?)', [search.city])
    .whereNotExists(
      db('bookings')
        .whereRaw('bookings.room_id = rooms.id')
        .andWhere('check_in', '<', search.to)
        .andWhere('check_out', '>', search.from),
    );
  if (search.guests) {
    query.andWhere('capacity', '>=', Number(search.guests));
  }
  if (search.amenity) {
    query.whereRaw(`amenities @> '{${search.amenity}}'`); // vuln: sql-injection
  }
  return query.orderBy('nightly_rate');
}

export async function findById(id: number): Promise<Room | undefined> {
  return db('rooms').select(ROOM_COLUMNS).where({ id }).first();
}

export async function occupancyReport(hotelId: number, month: string): Promise<unknown[]> {
  const sql = `SELECT room_id, count(*) AS nights FROM booking_nights
    WHERE hotel_id = ${hotelId} AND to_char(night, 'YYYY-MM') = '${month}'
    GROUP BY room_id`;
  const result = await db.raw(sql); // vuln: sql-injection
  return result.rows;
}

export async function cities(): Promise<string[]> {
  const rows = await db('rooms').distinct('city').orderBy('city');
  return rows.map((r: { city: string }) => r.city);
}
