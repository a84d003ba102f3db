const express = require('express');
const { execFile } = require('child_process');

const app = express();

app.get('/commits', (req, res) => {
  execFile('git', ['log', '--format=%H %s', '--author', String(req.query.author)], (err, stdout) => {
    if (err) return res.status(500).end();
    res.json(stdout.split('\n'));
  });
});

module.exports = app;
