const fs = require('fs');
const express = require('express');

const TERMS = fs.readFileSync('/srv/content/terms.md', 'utf8');
const app = express();

app.get('/terms', (req, res) => {
  res.type('text/markdown').send(TERMS);
});

module.exports = app;
