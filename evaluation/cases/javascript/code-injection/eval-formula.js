const express = require('express');

const app = express();

app.get('/calc', (req, res) => {
  const formula = req.query.formula;
  const value = eval('(' + formula + ')'); // expect: code-injection
  res.json({ value });
});

module.exports = app;
