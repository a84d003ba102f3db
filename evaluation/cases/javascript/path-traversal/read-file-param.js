const fs = require('fs');
const path = require('path');
const express = require('express');

const app = express();

app.get('/docs', (req, res) => {
  const file = path.join('/srv/docs', req.query.name);
  fs.readFile(file, 'utf8', (err, text) => res.send(err ? 'missing' : text)); // expect: path-traversal
});

module.exports = app;
