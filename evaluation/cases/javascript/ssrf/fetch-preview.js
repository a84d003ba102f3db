const express = require('express');

const app = express();

app.get('/preview', async (req, res) => {
  const target = req.query.url;
  const response = await fetch(target); // expect: ssrf
  res.send((await response.text()).slice(0, 500));
});

module.exports = app;
