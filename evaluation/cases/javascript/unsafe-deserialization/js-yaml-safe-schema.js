const yaml = require('js-yaml');

function importPipeline(req, res) {
  const spec = yaml.load(req.body, { schema: yaml.JSON_SCHEMA });
  res.json({ stages: spec.stages.length });
}

module.exports = { importPipeline };
