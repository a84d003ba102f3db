const Koa = require('koa');
const Router = require('@koa/router');

const app = new Koa();
const router = new Router();

router.get('/login/done', (ctx) => {
  const target = ctx.query.returnTo || '/';
  ctx.redirect(target); // expect: open-redirect
});

app.use(router.routes());
module.exports = app;
