const express = require('express');

const app = express();

app.post('/filters', express.text(), (req, res) => {
  const filter = JSON.parse(req.body);
  res.json({ fields: Object.keys(filter) });
});

module.exports = app;
