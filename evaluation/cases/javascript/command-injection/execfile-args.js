const { execFile } = require('child_process');
const express = require('express');

const app = express();

app.get('/ping', (req, res) => {
  execFile('ping', ['-c', '1', String(req.query.host)], (err, stdout) => {
    res.send(err ? 'down' : stdout);
  });
});

module.exports = app;
