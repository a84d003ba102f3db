const express = require('express');
const { Pool } = require('pg');

const pool = new Pool();
const app = express();

app.get('/reports', async (req, res) => {
  let where = req.query.filter;
  console.log('filter requested', where);
  where = "status = 'active'";
  const { rows } = await pool.query('SELECT id, title FROM reports WHERE ' + where);
  res.json(rows);
});

module.exports = app;
