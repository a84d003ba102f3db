const express = require('express');
const vm = require('vm');

const app = express();
app.use(express.json());

app.post('/pricing/preview', (req, res) => {
  const sandbox = { price: 100, qty: 3 };
  const total = vm.runInNewContext(req.body.formula, sandbox, { timeout: 50 }); // expect: code-injection
  res.json({ total });
});

module.exports = app;
