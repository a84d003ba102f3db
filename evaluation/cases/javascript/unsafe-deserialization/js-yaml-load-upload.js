const yaml = require('js-yaml');

function importPipeline(req, res) {
  const spec = yaml.load(req.body, { schema: yaml.DEFAULT_FULL_SCHEMA }); // expect: unsafe-deserialization
  res.json({ stages: spec.stages.length });
}

module.exports = { importPipeline };
