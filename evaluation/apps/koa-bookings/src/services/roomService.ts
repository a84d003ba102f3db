import * as rooms from '../repositories/roomRepository';
import { Room, RoomSearch } from '../types';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export class RoomService {
  async search(search: RoomSearch): Promise<Room[]> {
    if (!ISO_DATE.test(search.from) || !ISO_DATE.test(search.to)) {
      throw new Error('dates must be YYYY-MM-DD');
    }
    return rooms.findAvailable(search);
  }

  async get(id: number): Promise<Room | undefined> {
    return rooms.findById(id);
  }

  async occupancy(hotelId: number, month: string): Promise<unknown[]> {
    return rooms.occupancyReport(hotelId, month);
  }

  async cities(): Promise<string[]> {
    return rooms.cities();
  }
}
