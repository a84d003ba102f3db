import Router from '@koa/router';
import { readFileSync } from 'fs';
import * as path from 'path';
import { config } from '../config';
import { partnerAuth } from '../middleware/partnerAuth';
import { RoomService } from '../services/roomService';
import { RoomSearch } from '../types';

const rooms = new RoomService();
export const roomRouter = new Router({ prefix: '/rooms' });

roomRouter.get('/', async (ctx) => {
  const search = ctx.query as unknown as RoomSearch;
  const results = await rooms.search(search);
  await ctx.render('rooms', { rooms: results, city: search.city, cities: await rooms.cities() });
});

roomRouter.get('/:id', async (ctx) => {
  const room = await rooms.get(Number(ctx.params.id));
  if (!room) {
    ctx.throw(404, 'room not found');
  }
  await ctx.render('room', { room, backLink: ctx.query.back });
});

roomRouter.get('/reports/occupancy', partnerAuth, async (ctx) => {
  const hotelId = Number(ctx.query.hotel);
  if (!ctx.state.partner.hotels.includes(hotelId)) {
    ctx.throw(403);
  }
  ctx.body = await rooms.occupancy(hotelId, String(ctx.query.month));
});

roomRouter.get('/policies/:hotel', async (ctx) => {
  const file = path.join(config.templatesDir, 'policies', `${Number(ctx.params.hotel)}.html`);
  ctx.type = 'html';
  ctx.body = readFileSync(file, 'utf8'); // vuln: sync-io-in-handler
});
