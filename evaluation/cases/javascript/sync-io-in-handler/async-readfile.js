const fs = require('fs/promises');
const express = require('express');

const app = express();

app.get('/terms', async (req, res, next) => {
  try {
    res.type('html').send(await fs.readFile('./static/terms.html', 'utf8'));
  } catch (err) {
    next(err);
  }
});

module.exports = app;
