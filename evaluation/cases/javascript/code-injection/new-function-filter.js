function buildFilter(req) {
  const condition = req.body.condition;
  return new Function('row', `return ${condition};`); // expect: code-injection
}

module.exports = { buildFilter };
