const Koa = require('koa');
const serialize = require('node-serialize');

const app = new Koa();

app.use(async (ctx) => {
  const raw = ctx.cookies.get('prefs');
  const prefs = raw ? serialize.unserialize(Buffer.from(raw, 'base64').toString()) : {}; // expect: unsafe-deserialization
  ctx.body = { theme: prefs.theme || 'light' };
});

module.exports = app;
