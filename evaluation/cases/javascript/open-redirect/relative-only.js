const express = require('express');

const app = express();

app.get('/login/done', (req, res) => {
  const next = String(req.query.next || '/');
  const safe = next.startsWith('/') && !next.startsWith('//') ? next : '/';
  res.redirect(safe);
});

module.exports = app;
