import path from 'path';
import Koa from 'koa';
import bodyParser from 'koa-bodyparser';
import session from 'koa-session';
import views from 'koa-views';
import { config } from './config';
import { bookingRouter } from './routes/bookings';
import { roomRouter } from './routes/rooms';

const app = new Koa();
app.keys = config.sessionKeys;

app.use(session({ key: 'bk.sess', maxAge: 86_400_000, httpOnly: true, secure: true, sameSite: 'lax' }, app));
app.use(bodyParser());
app.use(
  views(path.join(__dirname, '..', 'views'), {
    map: { hbs: 'handlebars', pug: 'pug' },
    extension: 'hbs',
  }),
);

app.use(async (ctx, next) => {
  try {
    await next();
  } catch (err) {
    const status = (err as { status?: number }).status ?? 500;
    ctx.status = status;
    ctx.body = { error: status === 500 ? 'internal error' : (err as Error).message };
    ctx.app.emit('error', err, ctx);
  }
});

app.use(roomRouter.routes()).use(roomRouter.allowedMethods());
app.use(bookingRouter.routes()).use(bookingRouter.allowedMethods());

app.listen(config.port, () => console.log(`bookings on :${config.port}`));
