const express = require('express');

const router = express.Router();

router.post('/users/lookup', (req, res) => {
  const username = String(req.body.username).trim();
  res.redirect(`/users/${username}`);
});

module.exports = router;
