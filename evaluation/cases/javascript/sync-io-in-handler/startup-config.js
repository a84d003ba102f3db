const fs = require('fs');
const express = require('express');

const config = JSON.parse(fs.readFileSync('./config.json', 'utf8'));
const app = express();

app.get('/config', (req, res) => {
  res.json({ region: config.region });
});

module.exports = app;
