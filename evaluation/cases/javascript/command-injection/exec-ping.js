const { exec } = require('child_process');
const express = require('express');

const app = express();

app.get('/ping', (req, res) => {
  const host = req.query.host;
  exec(`ping -c 1 ${host}`, (err, stdout) => { // expect: command-injection
    res.send(err ? 'down' : stdout);
  });
});

module.exports = app;
