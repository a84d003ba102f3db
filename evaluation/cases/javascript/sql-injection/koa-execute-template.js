const Router = require('@koa/router');
const db = require('./db');

const router = new Router();

router.get('/invoices/:year', async (ctx) => {
  const year = ctx.params.year;
  ctx.body = await db.execute(`SELECT * FROM invoices WHERE year = ${year}`); // expect: sql-injection
});

module.exports = router;
