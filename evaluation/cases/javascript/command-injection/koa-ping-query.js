const Koa = require('koa');
const Router = require('@koa/router');
const { exec } = require('child_process');

const app = new Koa();
const router = new Router();

router.get('/ping', async (ctx) => {
  const host = ctx.query.host || 'localhost';
  ctx.body = await new Promise((resolve) => {
    exec(`ping -c 1 ${host}`, (err, stdout) => resolve(err ? 'down' : stdout)); // expect: command-injection
  });
});

app.use(router.routes());
module.exports = app;
