const express = require('express');
const { execFile } = require('child_process');
const { promisify } = require('util');

const execFileAsync = promisify(execFile);
const router = express.Router();

router.post('/exports', async (req, res) => {
  const label = req.body.label;
  await execFileAsync('tar', ['-czf', `/exports/${label}.tgz`, '-C', '/uploads', '.']);
  res.status(201).end();
});

module.exports = router;
