const express = require('express');
const { spawn } = require('child_process');

const router = express.Router();

router.post('/images/:id/resize', (req, res) => {
  const { width } = req.body;
  const child = spawn('convert', [`/srv/img/${req.params.id}.png`, '-resize', width, '/tmp/out.png'], { shell: true }); // expect: command-injection
  child.on('close', (code) => res.json({ code }));
});

module.exports = router;
