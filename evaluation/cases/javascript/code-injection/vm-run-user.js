const vm = require('vm');

function evaluateTemplate(req, res) {
  const expr = req.body.expr;
  const out = vm.runInNewContext(expr, { price: 10 }); // expect: code-injection
  res.json({ out });
}

module.exports = { evaluateTemplate };
