const fs = require('fs');
const Koa = require('koa');

const app = new Koa();

app.use(async (ctx) => {
  const template = fs.readFileSync('./views/index.html', 'utf8'); // expect: sync-io-in-handler
  ctx.body = template.replace('{{user}}', ctx.state.user || 'guest');
});

module.exports = app;
