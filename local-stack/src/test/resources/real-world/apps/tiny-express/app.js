const express = require('express');
const { exec } = require('child_process');

const app = express();

app.get('/ping', (req, res) => {
  exec('ping -c 1 ' + req.query.host, (err, out) => res.send(out)); // vuln: command-injection
});

app.get('/ping-safe', (req, res) => {
  const host = /^[a-z0-9.-]+$/.test(req.query.host) ? req.query.host : 'localhost';
  require('child_process').execFile('ping', ['-c', '1', host], (err, out) => res.type('text').send(out));
});

app.get('/hello', (req, res) => {
  res.render('hello', { name: req.query.name });
});

module.exports = app;
