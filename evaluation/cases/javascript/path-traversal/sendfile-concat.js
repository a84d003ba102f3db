const express = require('express');

const app = express();

app.get('/avatars/:name', (req, res) => {
  res.sendFile('/var/avatars/' + req.params.name); // expect: path-traversal
});

module.exports = app;
