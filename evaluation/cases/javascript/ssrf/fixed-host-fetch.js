const express = require('express');

const app = express();
const INVENTORY = 'https://inventory.internal/api/items/';

app.get('/stock', async (req, res) => {
  const sku = Number.parseInt(req.query.sku, 10);
  const response = await fetch(INVENTORY + sku);
  res.json(await response.json());
});

module.exports = app;
