const express = require('express');
const knex = require('knex')({ client: 'pg', connection: process.env.DATABASE_URL });

const app = express();

app.get('/users/search', async (req, res) => {
  const term = req.query.term;
  const rows = await knex('users').whereRaw(`name ILIKE '%${term}%'`).limit(20); // expect: sql-injection
  res.json(rows);
});

module.exports = app;
