const express = require('express');
const { sequelize } = require('./db');

const router = express.Router();
const SORTABLE = new Set(['created_at', 'price', 'title']);

router.get('/products', async (req, res) => {
  const column = SORTABLE.has(req.query.sort) ? req.query.sort : 'created_at';
  const products = await sequelize.query(`SELECT * FROM products ORDER BY ${column === 'price' ? 'price' : 'created_at'}`);
  res.json(products);
});

module.exports = router;
