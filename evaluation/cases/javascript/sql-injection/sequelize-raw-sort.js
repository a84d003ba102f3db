const express = require('express');
const { sequelize } = require('./db');

const router = express.Router();

router.get('/products', async (req, res) => {
  const order = req.query.sort || 'created_at';
  const sql = 'SELECT * FROM products ORDER BY ' + order;
  const products = await sequelize.query(sql); // expect: sql-injection
  res.json(products);
});

module.exports = router;
