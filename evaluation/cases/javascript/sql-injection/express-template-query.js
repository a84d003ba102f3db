const express = require('express');
const mysql = require('mysql2/promise');

const app = express();
const pool = mysql.createPool({ host: 'db', user: 'app', database: 'shop' });

app.get('/orders', async (req, res) => {
  const customer = req.query.customer;
  const [rows] = await pool.query(`SELECT * FROM orders WHERE customer = '${customer}'`); // expect: sql-injection
  res.json(rows);
});

module.exports = app;
