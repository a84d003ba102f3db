const express = require('express');

const app = express();
const ALLOWED_NEXT = new Set(['/dashboard', '/settings', '/billing']);

app.get('/login/done', (req, res) => {
  const next = req.query.next;
  res.redirect(ALLOWED_NEXT.has(next) ? next : '/dashboard');
});

module.exports = app;
