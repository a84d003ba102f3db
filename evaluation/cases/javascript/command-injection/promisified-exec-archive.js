const express = require('express');
const { exec } = require('child_process');
const util = require('util');

const execAsync = util.promisify(exec);
const router = express.Router();

router.post('/exports', async (req, res) => {
  const label = req.body.label;
  await execAsync(`tar -czf /exports/${label}.tgz -C /uploads .`); // expect: command-injection
  res.status(201).end();
});

module.exports = router;
