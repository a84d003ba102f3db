const fs = require('fs/promises');
const path = require('path');

const ROOT = path.resolve('/srv/static');

async function serve(req, res) {
  const target = path.resolve(ROOT, String(req.query.file));
  if (!target.startsWith(ROOT + path.sep)) {
    res.sendStatus(400);
    return;
  }
  res.send(await fs.readFile(target));
}

module.exports = { serve };
