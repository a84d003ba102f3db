const fs = require('fs');
const express = require('express');

const app = express();

app.get('/terms', (req, res) => {
  const text = fs.readFileSync('/srv/content/terms.md', 'utf8'); // expect: sync-io-in-handler
  res.type('text/markdown').send(text);
});

module.exports = app;
