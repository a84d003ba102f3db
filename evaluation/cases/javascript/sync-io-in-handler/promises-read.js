const fs = require('fs/promises');
const express = require('express');

const app = express();

app.get('/terms', async (req, res) => {
  const text = await fs.readFile('/srv/content/terms.md', 'utf8');
  res.type('text/markdown').send(text);
});

module.exports = app;
