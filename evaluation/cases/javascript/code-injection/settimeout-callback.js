const express = require('express');
const { notify } = require('./notifier');

const app = express();

app.post('/reminders', (req, res) => {
  const id = req.body.id;
  setTimeout(() => notify(id), 60 * 1000);
  res.status(202).end();
});

module.exports = app;
