const express = require('express');
const knex = require('knex')({ client: 'pg', connection: process.env.DATABASE_URL });

const app = express();

app.get('/users/:id', async (req, res) => {
  const result = await knex.raw('select id, name from users where id = ?', [req.params.id]);
  res.json(result.rows[0] || null);
});

module.exports = app;
