const express = require('express');

const app = express();

app.get('/logout', (req, res) => {
  req.session = null;
  res.redirect(req.query.fast ? '/' : '/goodbye');
});

module.exports = app;
