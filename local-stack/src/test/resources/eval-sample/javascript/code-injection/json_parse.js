const express = require('express');

const app = express();

app.get('/calc', (req, res) => {
  const result = JSON.parse(req.query.expression);
  res.json({ result });
});
