const express = require('express');

const app = express();

app.get('/avatars/:name', (req, res) => {
  res.sendFile(req.params.name, { root: '/var/avatars', dotfiles: 'deny' });
});

module.exports = app;
